import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";
import { gap } from "./usage-fixture-helpers.js";

/** aws.amazon.com/cloudtrail/pricing, per 100,000 events: additional management event copies $2.00, data events $0.10, Insights $0.35. */
const family = (name: string) => `Management Tools - AWS CloudTrail ${name}`;
const TRAIL: PriceRow[] = [
  { service: "AWSCloudTrail", productFamily: family("Paid Events Recorded"), unit: "Events", price: "0.00002", attributes: { usagetype: "USE1-PaidEventsRecorded" } },
  { service: "AWSCloudTrail", productFamily: family("Data Events Recorded"), unit: "Events", price: "0.000001", attributes: { usagetype: "USE1-DataEventsRecorded" } },
  { service: "AWSCloudTrail", productFamily: family("Insights Events"), unit: "Events", price: "0.0000035", attributes: { usagetype: "USE1-InsightsEvents" } },
];

describe("aws_cloudtrail", () => {
  it("bills additional management copies, data events and Insights events per 100,000", async () => {
    const breakdown = await estimateFixture("aws_cloudtrail", { prices: priceTable(TRAIL) });
    expect(costs(breakdown, "aws_cloudtrail.security")).toEqual([
      ["Management events (additional copies)", "60"], // 3M / 100k = 30 x 2.00
      ["Data events", "25"], // 25M / 100k = 250 x 0.10
      ["Insights events", "10.5"], // 30 x 0.35
    ]);
  });

  it("lists only the event kinds a trail's selectors record", async () => {
    const breakdown = await estimateFixture("aws_cloudtrail", { prices: priceTable(TRAIL) });
    expect(costs(breakdown, "aws_cloudtrail.org")).toEqual([["Management events (additional copies)", null]]);
    expect(costs(breakdown, "aws_cloudtrail.lambda_invokes")).toEqual([["Data events", null]]);
  });

  it("is unknown with the snapshot, which has no CloudTrail prices", async () => {
    const breakdown = await estimateFixture("aws_cloudtrail");
    expect(gap(breakdown, "aws_cloudtrail.security", "Data events")).toBe(
      "no bundled price for DataEventsRecorded (AWSCloudTrail, Management Tools - AWS CloudTrail Data Events Recorded) in us-east-1 (the bundled snapshot has no AWSCloudTrail prices for us-east-1); configure AWS credentials for live prices",
    );
  });
});
