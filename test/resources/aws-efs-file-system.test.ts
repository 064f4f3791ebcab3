import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";
import { gap, noBundledPrice, unitPrices } from "./usage-fixture-helpers.js";

/**
 * aws.amazon.com/efs/pricing, us-east-1: Standard $0.30 and One Zone $0.16 per GB-month,
 * Infrequent Access $0.016 per GB-month, $0.01 per GB read from or written (tiered) to IA,
 * provisioned throughput $6.00 per MiB/s-month.
 */
const EFS: PriceRow[] = [
  { service: "AmazonEFS", productFamily: "Storage", unit: "GB-Mo", price: "0.30", attributes: { usagetype: "USE1-TimedStorage-ByteHrs", storageClass: "General Purpose" } },
  { service: "AmazonEFS", productFamily: "Storage", unit: "GB-Mo", price: "0.016", attributes: { usagetype: "USE1-IATimedStorage-ByteHrs", storageClass: "Infrequent Access" } },
  { service: "AmazonEFS", productFamily: "Storage", unit: "GB", price: "0.01", attributes: { usagetype: "USE1-IADataAccess-Bytes", storageClass: "Infrequent Access", accessType: "Read" } },
  { service: "AmazonEFS", productFamily: "Storage", unit: "GB", price: "0.01", attributes: { usagetype: "USE1-IATieringWrite-Bytes", storageClass: "Infrequent Access", accessType: "Write" } },
];

describe("aws_efs_file_system", () => {
  it("shows Standard storage's unit price without usage", async () => {
    const breakdown = await estimateFixture("aws_efs_file_system");
    expect(unitPrices(breakdown, "aws_efs_file_system.shared")).toEqual([["Storage (standard)", "0.3"]]);
    expect(costs(breakdown, "aws_efs_file_system.shared")).toEqual([["Storage (standard)", null]]);
  });

  it("prices a file system pinned to an availability zone as One Zone storage", async () => {
    const breakdown = await estimateFixture("aws_efs_file_system");
    expect(costs(breakdown, "aws_efs_file_system.build_cache")).toEqual([["Storage (one zone)", "24"]]); // 150 GB x 0.16
  });

  it("bills provisioned throughput above the 0.05 MiB/s per GB that stored data includes", async () => {
    const breakdown = await estimateFixture("aws_efs_file_system");
    expect(costs(breakdown, "aws_efs_file_system.ml_datasets")).toEqual([
      ["Storage (standard)", "69"], // 230 GB x 0.30
      ["Provisioned throughput", "531"], // (100 - 230 x 0.05) = 88.5 MiB/s x 6.00
    ]);
  });

  it("adds Infrequent Access storage and requests when a lifecycle policy moves files there", async () => {
    const breakdown = await estimateFixture("aws_efs_file_system", { prices: priceTable(EFS) });
    expect(costs(breakdown, "aws_efs_file_system.media")).toEqual([
      ["Storage (standard)", "60"], // 200 GB x 0.30
      ["Storage (standard, infrequent access)", "28.8"], // 1,800 GB x 0.016
      ["Read requests (infrequent access)", "3"], // 300 GB x 0.01
      ["Write requests (infrequent access)", "1"], // 100 GB x 0.01
    ]);
    const snapshot = await estimateFixture("aws_efs_file_system");
    expect(gap(snapshot, "aws_efs_file_system.media", "Read requests (infrequent access)")).toBe(noBundledPrice("Infrequent Access, Read (AmazonEFS, Storage)", "us-east-1"));
  });
});
