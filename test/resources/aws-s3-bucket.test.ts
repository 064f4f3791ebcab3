import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";
import { gap, noBundledPrice, resourceOf, unitPrices } from "./usage-fixture-helpers.js";

/**
 * aws.amazon.com/s3/pricing, us-east-1: Standard $0.023 / $0.022 / $0.021 per GB-month for the
 * first 50 TB / next 450 TB / over 500 TB, PUT $0.005 and GET $0.0004 per 1,000; Standard-IA
 * $0.0125 per GB-month and $0.01 per GB retrieved; Glacier Deep Archive $0.00099 per GB-month.
 */
const S3: PriceRow[] = [
  { service: "AmazonS3", productFamily: "Storage", unit: "GB-Mo", price: [[0, "0.023"], [51200, "0.022"], [512000, "0.021"]], attributes: { usagetype: "TimedStorage-ByteHrs", volumeType: "Standard" } },
  { service: "AmazonS3", productFamily: "API Request", unit: "Requests", price: "0.000005", attributes: { usagetype: "Requests-Tier1" } },
  { service: "AmazonS3", productFamily: "API Request", unit: "Requests", price: "0.0000004", attributes: { usagetype: "Requests-Tier2" } },
  { service: "AmazonS3", productFamily: "Storage", unit: "GB-Mo", price: "0.0125", attributes: { usagetype: "TimedStorage-SIA-ByteHrs", volumeType: "Standard - Infrequent Access" } },
  { service: "AmazonS3", productFamily: "API Request", unit: "Requests", price: "0.00001", attributes: { usagetype: "Requests-SIA-Tier1" } },
  { service: "AmazonS3", productFamily: "API Request", unit: "Requests", price: "0.000001", attributes: { usagetype: "Requests-SIA-Tier2" } },
  { service: "AmazonS3", productFamily: "Fee", unit: "GB", price: "0.01", attributes: { usagetype: "Retrieval-SIA" } },
  { service: "AmazonS3GlacierDeepArchive", productFamily: "Storage", unit: "GB-Mo", price: "0.00099", attributes: { usagetype: "TimedStorage-GDA-ByteHrs" } },
  { service: "AmazonS3GlacierDeepArchive", productFamily: "API Request", unit: "Requests", price: "0.00005", attributes: { usagetype: "Requests-GDA-Tier1" } },
  { service: "AmazonS3", productFamily: "API Request", unit: "Requests", price: "0.0000004", attributes: { usagetype: "Requests-GDA-Tier2" } },
  // eu-west-1: Standard $0.023 per GB-month for the first 50 TB
  { service: "AmazonS3", region: "eu-west-1", productFamily: "Storage", unit: "GB-Mo", price: [[0, "0.023"], [51200, "0.022"], [512000, "0.021"]], attributes: { usagetype: "EU-TimedStorage-ByteHrs", volumeType: "Standard" } },
  { service: "AmazonS3", region: "eu-west-1", productFamily: "API Request", unit: "Requests", price: "0.000005", attributes: { usagetype: "EU-Requests-Tier1" } },
  { service: "AmazonS3", region: "eu-west-1", productFamily: "API Request", unit: "Requests", price: "0.0000004", attributes: { usagetype: "EU-Requests-Tier2" } },
];

describe("aws_s3_bucket", () => {
  it("lists Standard storage and requests with their unit prices when there is no usage", async () => {
    const breakdown = await estimateFixture("aws_s3_bucket");
    expect(unitPrices(breakdown, "aws_s3_bucket.uploads")).toEqual([
      ["Storage", "0.023"],
      ["PUT, COPY, POST, LIST requests", "0.005"], // $0.000005 per request x 1,000
      ["GET, SELECT, and all other requests", "0.0004"],
    ]);
    expect(costs(breakdown, "aws_s3_bucket.uploads").map(([, cost]) => cost)).toEqual([null, null, null]);
  });

  it("bills Standard storage and requests from Infracost's nested usage keys", async () => {
    const breakdown = await estimateFixture("aws_s3_bucket");
    expect(costs(breakdown, "aws_s3_bucket.assets")).toEqual([
      ["Standard: Storage", "57.5"], // 2,500 GB x 0.023
      ["Standard: PUT, COPY, POST, LIST requests", "2"], // 400k / 1,000 x 0.005
      ["Standard: GET, SELECT, and all other requests", "12"], // 30M / 1,000 x 0.0004
    ]);
  });

  it("adds the storage classes the usage file names", async () => {
    const breakdown = await estimateFixture("aws_s3_bucket", { prices: priceTable(S3) });
    expect(costs(breakdown, "aws_s3_bucket.archive")).toEqual([
      ["Standard: Storage", "920"], // 40,000 GB x 0.023
      ["Standard: PUT, COPY, POST, LIST requests", null],
      ["Standard: GET, SELECT, and all other requests", null],
      ["Standard-IA: Storage", "250"], // 20,000 GB x 0.0125
      ["Standard-IA: PUT, COPY, POST, LIST requests", null],
      ["Standard-IA: GET, SELECT, and all other requests", null],
      ["Standard-IA: Retrievals", "5"], // 500 GB x 0.01
      ["Glacier Deep Archive: Storage", "297"], // 300,000 GB x 0.00099
      ["Glacier Deep Archive: PUT, COPY, POST, LIST requests", null],
      ["Glacier Deep Archive: GET, SELECT, and all other requests", null],
    ]);
  });

  it("applies Standard's storage tiers past the first 50 TB", async () => {
    const breakdown = await estimateFixture("aws_s3_bucket", { prices: priceTable(S3), usageFile: "fixtures/resources/aws_s3_bucket/usage-over-50tb.yml" });
    // 51,200 GB x 0.023 = 1,177.6 + 8,800 GB x 0.022 = 193.6
    expect(costs(breakdown, "aws_s3_bucket.archive")[0]).toEqual(["Standard: Storage", "1371.2"]);
  });

  it("says which storage classes the snapshot has no price for", async () => {
    const breakdown = await estimateFixture("aws_s3_bucket");
    expect(gap(breakdown, "aws_s3_bucket.archive", "Retrievals")).toBe(noBundledPrice("Retrieval-SIA (AmazonS3)", "us-east-1"));
    expect(resourceOf(breakdown, "aws_s3_bucket.archive").status).toBe("unknown");
  });

  it("prices a bucket in eu-west-1 by its region's usagetypes; the snapshot has no eu-west-1 S3 prices", async () => {
    const live = await estimateFixture("aws_s3_bucket", { prices: priceTable(S3) });
    expect(costs(live, "aws_s3_bucket.eu_backups")[0]).toEqual(["Standard: Storage", "18.4"]); // 800 GB x 0.023
    const snapshot = await estimateFixture("aws_s3_bucket");
    expect(gap(snapshot, "aws_s3_bucket.eu_backups", "Storage")).toBe(
      "no bundled price for TimedStorage-ByteHrs, Standard (AmazonS3, Storage) in eu-west-1 (the bundled snapshot has no AmazonS3 prices for eu-west-1); configure AWS credentials for live prices",
    );
  });
});
