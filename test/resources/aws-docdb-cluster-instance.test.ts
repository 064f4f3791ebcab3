import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

const FIXTURE = "aws_docdb_cluster_instance";

/** Amazon DocumentDB, US East (N. Virginia), standard storage (DocumentDB pricing page). */
const DOCDB_ROWS: PriceRow[] = [
  { service: "AmazonDocDB", productFamily: "Database Instance", unit: "Hrs", price: "0.277", attributes: { instanceType: "db.r5.large", volumeType: "General Purpose" } },
  { service: "AmazonDocDB", productFamily: "Database Instance", unit: "Hrs", price: "0.078", attributes: { instanceType: "db.t3.medium", volumeType: "General Purpose" } },
  { service: "AmazonDocDB", productFamily: "Database Storage", unit: "GB-Mo", price: "0.10", attributes: { usagetype: "StorageUsage" } },
  { service: "AmazonDocDB", productFamily: "System Operation", unit: "IOs", price: "0.0000002", attributes: { usagetype: "StorageIOUsage" } }, // $0.20 per 1M
  { service: "AmazonDocDB", productFamily: "CPU Credits", unit: "vCPU-Hours", price: "0.09", attributes: { usagetype: "CPUCredits:db.t3" } },
];

describe("aws_docdb_cluster_instance", () => {
  it("bills instance hours, and storage, I/O and CPU credits from usage", async () => {
    const breakdown = await estimateFixture(FIXTURE, { prices: priceTable(DOCDB_ROWS) });
    expect(costs(breakdown, "aws_docdb_cluster_instance.burstable")).toEqual([
      ["Database instance (on-demand, db.t3.medium)", "56.94"], // 0.078 x 730
      ["Storage", "100"], // 1,000 GB x 0.10
      ["I/O requests", "2"], // 10M x 0.20 per 1M
      ["CPU credits", "0.9"], // 10 vCPU-hours x 0.09
    ]);
    expect(costs(breakdown, "aws_docdb_cluster_instance.large[1]")).toEqual([
      ["Database instance (on-demand, db.r5.large)", "202.21"], // 0.277 x 730
      ["Storage", null],
      ["I/O requests", null],
    ]);
  });

  it("is unknown with the bundled snapshot, which has no DocumentDB prices", async () => {
    const instance = (await estimateFixture(FIXTURE)).resources.find((r) => r.address === "aws_docdb_cluster_instance.large[0]")!;
    expect(instance).toMatchObject({
      status: "unknown",
      reason:
        "Database instance (on-demand, db.r5.large): no bundled price for db.r5.large, General Purpose (AmazonDocDB, Database Instance) in us-east-1 " +
        "(the bundled snapshot has no AmazonDocDB prices for us-east-1); configure AWS credentials for live prices",
      monthlyCost: null,
    });
  });
});
