import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

const FIXTURE = "aws_rds_cluster";

describe("aws_rds_cluster and aws_rds_cluster_instance with the bundled prices", () => {
  it("bills Aurora storage, I/O and backups from usage, and each instance by class", async () => {
    const breakdown = await estimateFixture(FIXTURE);
    expect(costs(breakdown, "aws_rds_cluster.mysql")).toEqual([
      ["Storage", "20"], // 200 GB x 0.10
      ["I/O requests", "10"], // 50M x 0.20 per 1M
      ["Backup storage", "1.26"], // 10 GB x (7 - 1) days x 0.021
    ]);
    for (const i of [0, 1]) {
      expect(costs(breakdown, `aws_rds_cluster_instance.mysql[${i}]`)).toEqual([["Database instance (on-demand, db.r6g.large)", "189.8"]]); // 0.26 x 730
    }
  });

  it("shows usage-based Aurora costs as unit prices without usage", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_rds_cluster.serverless_v2")).toEqual([
      ["Storage", null],
      ["I/O requests", null],
      ["Backup storage", null],
    ]);
  });

  it("prices Serverless v2 at the usage average, else at the cluster's minimum capacity", async () => {
    const breakdown = await estimateFixture(FIXTURE);
    expect(costs(breakdown, "aws_rds_cluster_instance.serverless_usage")).toEqual([["Aurora Serverless v2, 3.5 ACU average", "306.6"]]); // 3.5 x 730 x 0.12
    expect(costs(breakdown, "aws_rds_cluster_instance.serverless_min")).toEqual([["Aurora Serverless v2, minimum 2 ACU (no usage given)", "175.2"]]); // 2 x 730 x 0.12
    expect(costs(breakdown, "aws_rds_cluster_instance.postgres_iopt_serverless")).toEqual([
      ["Aurora Serverless v2 (I/O-Optimized), minimum 0.5 ACU (no usage given)", "58.4"], // 0.5 x 730 x 0.16
    ]);
  });

  it("prices Serverless v1 ACU-hours from usage", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_rds_cluster.serverless_v1")[0]).toEqual(["Aurora Serverless v1", "175.2"]); // 4 ACU x 730 x 0.06
  });

  it("prices a Multi-AZ DB cluster from its deployment rows in eu-west-1", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_rds_cluster.multi_az")).toEqual([
      ["Multi-AZ DB cluster (writer + 2 readable standbys, db.r6gd.large)", "590.57"], // 0.809 x 730
      ["Storage (io1)", "41.4"], // 100 GB x 0.414
      ["Provisioned IOPS", "990"], // 3,000 x 0.33
    ]);
  });

  it("uses standard rates for an instance whose cluster is named, not referenced", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_rds_cluster_instance.ireland")).toEqual([["Database instance (on-demand, db.t3.medium)", "64.24"]]); // eu-west-1 0.088 x 730
  });

  it("leaves I/O-Optimized rates the snapshot lacks unknown, with the message the user sees", async () => {
    const breakdown = await estimateFixture(FIXTURE);
    const instance = breakdown.resources.find((r) => r.address === "aws_rds_cluster_instance.postgres_iopt")!;
    expect(instance.status).toBe("unknown");
    expect(instance.reason).toBe(
      "Database instance (on-demand, I/O-Optimized, db.r6g.large): no bundled price for db.r6g.large, Aurora PostgreSQL, " +
        "InstanceUsageIOOptimized:db.r6g.large (AmazonRDS, Database Instance) in us-east-1; configure AWS credentials for live prices",
    );
    expect(instance.monthlyCost?.toString()).toBe("3.65"); // the public IPv4 that is known
    const cluster = breakdown.resources.find((r) => r.address === "aws_rds_cluster.postgres_iopt")!;
    expect(cluster.status).toBe("unknown");
    expect(cluster.components.map((c) => c.name)).toEqual(["Storage (I/O-Optimized)", "Backup storage"]); // no I/O charge
  });
});

/** us-east-1 Aurora I/O-Optimized prices (Amazon Aurora pricing page, 2025). */
const IO_OPTIMIZED: PriceRow[] = [
  // Aurora PostgreSQL db.r6g.large: $0.26/h standard, $0.338/h I/O-Optimized.
  { service: "AmazonRDS", productFamily: "Database Instance", unit: "Hrs", price: "0.338",
    attributes: { instanceType: "db.r6g.large", databaseEngine: "Aurora PostgreSQL", usagetype: "InstanceUsageIOOptimized:db.r6g.large" } },
  { service: "AmazonRDS", productFamily: "Database Instance", unit: "Hrs", price: "0.26",
    attributes: { instanceType: "db.r6g.large", databaseEngine: "Aurora PostgreSQL", usagetype: "InstanceUsage:db.r6g.large" } },
  // I/O-Optimized storage: $0.225 per GB-month.
  { service: "AmazonRDS", productFamily: "Database Storage", unit: "GB-Mo", price: "0.225", attributes: { usagetype: "Aurora:IO-OptimizedStorageUsage" } },
  { service: "AmazonRDS", productFamily: "Storage Snapshot", unit: "GB-Mo", price: "0.021", attributes: { usagetype: "Aurora:BackupUsage", databaseEngine: "Aurora PostgreSQL" } },
  { service: "AmazonVPC", unit: "Hrs", price: "0.005", attributes: { usagetype: "USE1-PublicIPv4:InUseAddress" } },
];

describe("Aurora I/O-Optimized with prices the snapshot lacks", () => {
  it("follows the instance's cluster_identifier to its storage type", async () => {
    const breakdown = await estimateFixture(FIXTURE, { prices: priceTable(IO_OPTIMIZED) });
    expect(costs(breakdown, "aws_rds_cluster_instance.postgres_iopt")).toEqual([
      ["Database instance (on-demand, I/O-Optimized, db.r6g.large)", "246.74"], // 0.338 x 730
      ["Public IPv4 address", "3.65"], // 0.005 x 730
    ]);
    expect(costs(breakdown, "aws_rds_cluster.postgres_iopt")).toEqual([
      ["Storage (I/O-Optimized)", "22.5"], // 100 GB x 0.225
      ["Backup storage", null],
    ]);
  });
});
