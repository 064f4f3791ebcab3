import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";
import { gap, noBundledPrice, resourceOf } from "./usage-fixture-helpers.js";

/** aws.amazon.com/route53/pricing, per million queries, first billion / over: standard $0.40 / $0.20, latency $0.60 / $0.30, geo $0.70 / $0.35. */
const QUERIES: PriceRow[] = [
  { service: "AmazonRoute53", region: "global", productFamily: "DNS Query", unit: "Queries", price: [[0, "0.0000004"], [1e9, "0.0000002"]], attributes: { usagetype: "DNS-Queries" } },
  { service: "AmazonRoute53", region: "global", productFamily: "DNS Query", unit: "Queries", price: [[0, "0.0000006"], [1e9, "0.0000003"]], attributes: { usagetype: "LBR-Queries" } },
  { service: "AmazonRoute53", region: "global", productFamily: "DNS Query", unit: "Queries", price: [[0, "0.0000007"], [1e9, "0.00000035"]], attributes: { usagetype: "Geo-Queries" } },
];

describe("aws_route53_record", () => {
  it("bills standard queries from usage", async () => {
    const breakdown = await estimateFixture("aws_route53_record");
    expect(costs(breakdown, "aws_route53_record.www")).toEqual([["Standard queries", "320"]]); // 800M = 800 x 0.40
  });

  it("applies the cheaper rate past the first billion queries", async () => {
    const breakdown = await estimateFixture("aws_route53_record", { prices: priceTable(QUERIES), usageFile: "fixtures/resources/aws_route53_record/usage-over-1b.yml" });
    expect(costs(breakdown, "aws_route53_record.www")).toEqual([["Standard queries", "500"]]); // 1,000 x 0.40 + 500 x 0.20
  });

  it("prices latency and geolocation routing at their own rates, which the snapshot lacks", async () => {
    const live = await estimateFixture("aws_route53_record", { prices: priceTable(QUERIES) });
    expect(costs(live, "aws_route53_record.api_us")).toEqual([["Latency based routing queries", "12"]]); // 20M = 20 x 0.60
    expect(costs(live, "aws_route53_record.shop_de")).toEqual([["Geo DNS queries", "3.5"]]); // 5M = 5 x 0.70
    const snapshot = await estimateFixture("aws_route53_record");
    expect(gap(snapshot, "aws_route53_record.api_us", "Latency based routing queries")).toBe(noBundledPrice("LBR-Queries (AmazonRoute53, DNS Query)", "global"));
  });

  it("treats aliases of AWS resources as free and aliases within the zone as standard queries", async () => {
    const breakdown = await estimateFixture("aws_route53_record");
    expect(resourceOf(breakdown, "aws_route53_record.apex")).toMatchObject({ status: "priced", components: [] });
    expect(resourceOf(breakdown, "aws_route53_record.apex").monthlyCost?.toString()).toBe("0");
    expect(costs(breakdown, "aws_route53_record.docs")).toEqual([["Standard queries", "1.2"]]); // 3M = 3 x 0.40
  });
});
