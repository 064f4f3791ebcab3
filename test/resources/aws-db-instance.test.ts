import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

const FIXTURE = "aws_db_instance";

describe("aws_db_instance with the bundled prices", () => {
  it("defaults to Single-AZ and 20 GB of gp2", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_db_instance.default_storage")).toEqual([
      ["Database instance (on-demand, Single-AZ, db.t3.micro)", "12.41"], // 0.017 $/h x 730
      ["Storage (gp2)", "2.3"], // 20 GB x 0.115
      ["Additional backup storage", null], // usage-based, no usage given
    ]);
  });

  it("prices Multi-AZ from the Multi-AZ rows, gp3 IOPS above 3,000, backup usage and the public IPv4", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_db_instance.postgres_multi_az")).toEqual([
      ["Database instance (on-demand, Multi-AZ, db.m5.large)", "259.88"], // 0.356 (primary + standby) x 730
      ["Storage (gp3)", "23"], // 100 GB x 0.23 (Multi-AZ)
      ["Provisioned IOPS (above 3,000)", "80"], // (5,000 - 3,000) x 0.04 (Multi-AZ)
      ["Additional backup storage", "3.8"], // 40 GB x 0.095
      ["Public IPv4 address", "3.65"], // 0.005 x 730
    ]);
  });

  it("includes 12,000 IOPS on gp3 volumes of 400 GB or more and bills throughput above 500 MiB/s", async () => {
    const breakdown = await estimateFixture(FIXTURE);
    expect(costs(breakdown, "aws_db_instance.large_gp3")).toEqual([
      ["Database instance (on-demand, Single-AZ, db.r5.large)", "175.2"], // MariaDB 0.24 x 730
      ["Storage (gp3)", "57.5"], // 500 GB x 0.115; 12,000 IOPS are included
      ["Provisioned throughput (above 500 MBps)", null],
      ["Additional backup storage", null],
    ]);
    const resource = breakdown.resources.find((r) => r.address === "aws_db_instance.large_gp3")!;
    expect(resource.status).toBe("unknown");
    expect(resource.components[2]!.unknownReason).toBe(
      "no bundled price for RDS:GP3-Throughput (AmazonRDS, Provisioned Throughput) in us-east-1; configure AWS credentials for live prices",
    );
  });

  it("prices Oracle by edition and licence model, io1 when only iops is set", async () => {
    const breakdown = await estimateFixture(FIXTURE);
    expect(costs(breakdown, "aws_db_instance.oracle")).toEqual([
      ["Database instance (on-demand, Single-AZ, db.m5.large)", "319.74"], // SE2 licence included 0.438 x 730
      ["Storage (io1)", "12.5"], // 100 GB x 0.125
      ["Provisioned IOPS", "100"], // 1,000 x 0.10
      ["Additional backup storage", null],
    ]);
    expect(costs(breakdown, "aws_db_instance.oracle_byol")[0]).toEqual(["Database instance (on-demand, Single-AZ, db.m5.large)", "124.83"]); // SE2 BYOL 0.171 x 730
  });

  it("bills magnetic I/O requests from usage", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_db_instance.sqlserver_express")).toEqual([
      ["Database instance (on-demand, Single-AZ, db.t3.small)", "32.12"], // SQL Server Express 0.044 x 730
      ["Storage (standard)", "3"], // 30 GB x 0.10
      ["I/O requests", "5"], // 50M requests x 0.10 per 1M
      ["Additional backup storage", null],
    ]);
  });

  it("gives a read replica its source's engine and storage", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_db_instance.replica")).toEqual([
      ["Database instance (on-demand, Single-AZ, db.t3.medium)", "52.56"], // PostgreSQL 0.072 x 730
      ["Storage (gp3)", "11.5"], // the source's 100 GB x 0.115
      ["Provisioned IOPS (above 3,000)", "40"], // the source's 5,000 IOPS: 2,000 x 0.02
      ["Additional backup storage", null],
    ]);
  });

  it("uses eu-west-1 prices for a resource of an eu-west-1 provider", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_db_instance.ireland")).toEqual([
      ["Database instance (on-demand, Multi-AZ, db.m5.large)", "1454.16"], // SQL Server SE licence included, Multi-AZ 1.992 x 730
      ["Storage (io1)", "55.2"], // 200 GB x 0.276 (Multi-AZ)
      ["Provisioned IOPS", "440"], // 2,000 x 0.22 (Multi-AZ)
      ["Additional backup storage", null],
    ]);
  });

  it("says which price is missing for a class newer than the bundled RDS table, and why an input is unknown", async () => {
    const breakdown = await estimateFixture(FIXTURE);
    const graviton = breakdown.resources.find((r) => r.address === "aws_db_instance.graviton3")!;
    expect(graviton.status).toBe("unknown");
    expect(graviton.reason).toBe(
      "Database instance (on-demand, Single-AZ, db.r7g.large): no bundled price for db.r7g.large, PostgreSQL, Single-AZ (AmazonRDS, Database Instance) in us-east-1; configure AWS credentials for live prices",
    );
    expect(graviton.monthlyCost?.toString()).toBe("5.75"); // the storage that is known: 50 GB x 0.115
    const unknownClass = breakdown.resources.find((r) => r.address === "aws_db_instance.unknown_class")!;
    expect(unknownClass).toMatchObject({ status: "unknown", reason: "instance_class is unknown: var.instance_class has no value", monthlyCost: null });
  });
});

/** us-east-1 prices the snapshot lacks, from the public Amazon RDS pricing pages (2025). */
const RDS_ROWS: PriceRow[] = [
  // RDS for PostgreSQL, db.r7g.large Single-AZ: $0.239/h.
  { service: "AmazonRDS", productFamily: "Database Instance", unit: "Hrs", price: "0.239",
    attributes: { instanceType: "db.r7g.large", databaseEngine: "PostgreSQL", deploymentOption: "Single-AZ", usagetype: "InstanceUsage:db.r7g.large" } },
  { service: "AmazonRDS", productFamily: "Database Instance", unit: "Hrs", price: "0.24",
    attributes: { instanceType: "db.r5.large", databaseEngine: "MariaDB", deploymentOption: "Single-AZ", usagetype: "InstanceUsage:db.r5.large" } },
  { service: "AmazonRDS", productFamily: "Database Storage", unit: "GB-Mo", price: "0.115",
    attributes: { volumeType: "General Purpose", deploymentOption: "Single-AZ", databaseEngine: "Any", usagetype: "RDS:GP2-Storage" } },
  { service: "AmazonRDS", productFamily: "Database Storage", unit: "GB-Mo", price: "0.115",
    attributes: { volumeType: "General Purpose-GP3", deploymentOption: "Single-AZ", databaseEngine: "Any", usagetype: "RDS:GP3-Storage" } },
  // gp3 throughput above the baseline: $0.080 per MiBps-month (Single-AZ).
  { service: "AmazonRDS", productFamily: "Provisioned Throughput", unit: "MiBps-Mo", price: "0.08", attributes: { usagetype: "RDS:GP3-Throughput" } },
  { service: "AmazonRDS", productFamily: "Storage Snapshot", unit: "GB-Mo", price: "0.095", attributes: { usagetype: "RDS:ChargedBackupUsage" } },
];

describe("aws_db_instance with prices the snapshot lacks", () => {
  it("prices newer classes and gp3 throughput once a price source has them", async () => {
    const breakdown = await estimateFixture(FIXTURE, { prices: priceTable(RDS_ROWS) });
    expect(costs(breakdown, "aws_db_instance.graviton3")).toEqual([
      ["Database instance (on-demand, Single-AZ, db.r7g.large)", "174.47"], // 0.239 x 730
      ["Storage (gp2)", "5.75"], // 50 GB x 0.115
      ["Additional backup storage", null],
    ]);
    expect(costs(breakdown, "aws_db_instance.large_gp3")[2]).toEqual(["Provisioned throughput (above 500 MBps)", "8"]); // (600 - 500) MiB/s x 0.08
  });
});
