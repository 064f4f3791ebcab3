import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";
import { gap, noBundledPrice, unitPrices } from "./usage-fixture-helpers.js";

/**
 * aws.amazon.com/cloudfront/pricing: data transfer out to the internet, US and Europe, $0.085 per
 * GB for the first 10 TB, $0.080 for the next 40 TB...; to origin $0.020 per GB; HTTPS requests per
 * 10,000: US $0.0100, Europe $0.0120; Origin Shield in EU (Ireland) $0.0090 per 10,000; a dedicated
 * IP custom SSL certificate $600 a month.
 */
const transferTiers: [number, string][] = [[0, "0.085"], [10240, "0.080"], [51200, "0.060"], [153600, "0.040"], [512000, "0.030"], [1048576, "0.025"], [5242880, "0.020"]];
const CLOUDFRONT: PriceRow[] = [
  ...["United States", "Europe"].flatMap((where): PriceRow[] => [
    { service: "AmazonCloudFront", region: "global", productFamily: "Data Transfer", unit: "GB", price: transferTiers, attributes: { transferType: "CloudFront Outbound", fromLocation: where } },
    { service: "AmazonCloudFront", region: "global", productFamily: "Data Transfer", unit: "GB", price: "0.020", attributes: { transferType: "CloudFront to Origin", fromLocation: where } },
  ]),
  { service: "AmazonCloudFront", region: "global", productFamily: "Request", unit: "Requests", price: "0.000001", attributes: { requestType: "CloudFront-Request-HTTPS-Proxy", location: "United States" } },
  { service: "AmazonCloudFront", region: "global", productFamily: "Request", unit: "Requests", price: "0.0000012", attributes: { requestType: "CloudFront-Request-HTTPS-Proxy", location: "Europe" } },
  { service: "AmazonCloudFront", region: "global", productFamily: "Request", unit: "Requests", price: "0.0000009", attributes: { requestDescription: "Origin Shield Requests", location: "EU (Ireland)" } },
  { service: "AmazonCloudFront", region: "global", unit: "Count", price: "600", attributes: { usagetype: "SSL-Cert-Custom" } },
];

describe("aws_cloudfront_distribution", () => {
  it("shows North America's transfer and request unit prices without usage", async () => {
    const breakdown = await estimateFixture("aws_cloudfront_distribution");
    expect(unitPrices(breakdown, "aws_cloudfront_distribution.site")).toEqual([
      ["Data transfer out to internet", "0.085"],
      ["Data transfer out to origin", null], // not in the snapshot; usage-based, so not counted against the resource
      ["HTTP requests", "0.0075"], // $0.00000075 per request x 10,000
      ["HTTPS requests", "0.01"],
    ]);
  });

  it("bills each price region's usage, Origin Shield requests and a dedicated IP certificate", async () => {
    const breakdown = await estimateFixture("aws_cloudfront_distribution", { prices: priceTable(CLOUDFRONT) });
    expect(costs(breakdown, "aws_cloudfront_distribution.api")).toEqual([
      ["US, Mexico, Canada: Data transfer out to internet", "340"], // 4,000 GB x 0.085
      ["US, Mexico, Canada: Data transfer out to origin", null],
      ["US, Mexico, Canada: HTTP requests", null],
      ["US, Mexico, Canada: HTTPS requests", "40"], // 40M / 10k = 4,000 x 0.01
      ["Europe, Israel: Data transfer out to internet", "510"], // 6,000 GB x 0.085
      ["Europe, Israel: Data transfer out to origin", "6"], // 300 GB x 0.02
      ["Europe, Israel: HTTP requests", null],
      ["Europe, Israel: HTTPS requests", "108"], // 90M / 10k = 9,000 x 0.012
      ["Origin shield requests (eu-west-1)", "18"], // 20M / 10k = 2,000 x 0.009
      ["Dedicated IP custom SSL", "600"], // ssl_support_method = "vip"
    ]);
  });

  it("applies the transfer tiers past the first 10 TB", async () => {
    const breakdown = await estimateFixture("aws_cloudfront_distribution", { prices: priceTable(CLOUDFRONT), usageFile: "fixtures/resources/aws_cloudfront_distribution/usage-over-10tb.yml" });
    // 10,240 GB x 0.085 = 870.4 + 4,760 GB x 0.080 = 380.8
    expect(costs(breakdown, "aws_cloudfront_distribution.site")[0]).toEqual(["US, Mexico, Canada: Data transfer out to internet", "1251.2"]);
  });

  it("prices what the snapshot has and names what it lacks", async () => {
    const breakdown = await estimateFixture("aws_cloudfront_distribution");
    expect(costs(breakdown, "aws_cloudfront_distribution.api").slice(0, 4)).toEqual([
      ["US, Mexico, Canada: Data transfer out to internet", "340"],
      ["US, Mexico, Canada: Data transfer out to origin", null],
      ["US, Mexico, Canada: HTTP requests", null],
      ["US, Mexico, Canada: HTTPS requests", "40"],
    ]);
    expect(gap(breakdown, "aws_cloudfront_distribution.api", "Dedicated IP custom SSL")).toBe(noBundledPrice("SSL-Cert-Custom (AmazonCloudFront)", "global"));
  });
});
