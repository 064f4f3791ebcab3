import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";
import { gap, noBundledPrice, resourceOf, unitPrices } from "./usage-fixture-helpers.js";

/** aws.amazon.com/cloudwatch/pricing, us-east-1 logs: $0.50 per GB ingested (Infrequent Access $0.25), $0.03 per GB-month archived, $0.005 per GB scanned. */
const LOGS: PriceRow[] = [
  { service: "AmazonCloudWatch", productFamily: "Data Payload", unit: "GB", price: "0.50", attributes: { usagetype: "USE1-DataProcessing-Bytes" } },
  { service: "AmazonCloudWatch", productFamily: "Data Payload", unit: "GB", price: "0.25", attributes: { usagetype: "USE1-DataProcessingIA-Bytes" } },
  { service: "AmazonCloudWatch", productFamily: "Data Payload", unit: "GB", price: "0.005", attributes: { usagetype: "USE1-DataScanned-Bytes" } },
  { service: "AmazonCloudWatch", productFamily: "Storage Snapshot", unit: "GB-Mo", price: "0.03", attributes: { usagetype: "USE1-TimedStorage-ByteHrs" } },
];

describe("aws_cloudwatch_log_group", () => {
  it("shows ingestion, storage and Insights unit prices without usage", async () => {
    const breakdown = await estimateFixture("aws_cloudwatch_log_group");
    expect(unitPrices(breakdown, "aws_cloudwatch_log_group.vpc_flow")).toEqual([
      ["Data ingested", "0.5"],
      ["Archival storage", "0.03"],
      ["Insights queries data scanned", "0.005"],
    ]);
  });

  it("bills the usage file's ingested, stored and scanned GB", async () => {
    const breakdown = await estimateFixture("aws_cloudwatch_log_group");
    expect(costs(breakdown, "aws_cloudwatch_log_group.api")).toEqual([
      ["Data ingested", "60"], // 120 GB x 0.50
      ["Archival storage", "2.7"], // 90 GB x 0.03
      ["Insights queries data scanned", "2"], // 400 GB x 0.005
    ]);
  });

  it("ingests the Infrequent Access class at its own rate, which the snapshot does not have", async () => {
    const live = await estimateFixture("aws_cloudwatch_log_group", { prices: priceTable(LOGS) });
    expect(costs(live, "aws_cloudwatch_log_group.audit")).toEqual([
      ["Data ingested (infrequent access)", "75"], // 300 GB x 0.25
      ["Archival storage", "60"], // 2,000 GB x 0.03
      ["Insights queries data scanned", null],
    ]);
    const snapshot = await estimateFixture("aws_cloudwatch_log_group");
    expect(gap(snapshot, "aws_cloudwatch_log_group.audit", "Data ingested (infrequent access)")).toBe(
      noBundledPrice("DataProcessingIA-Bytes (AmazonCloudWatch, Data Payload)", "us-east-1"),
    );
  });

  it("is unknown when the log class is not known", async () => {
    const breakdown = await estimateFixture("aws_cloudwatch_log_group");
    expect(resourceOf(breakdown, "aws_cloudwatch_log_group.app")).toMatchObject({ status: "unknown", reason: "log_group_class is unknown: var.log_class has no value" });
  });
});
