import { priceTable } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";
import { gap, noBundledPrice } from "./usage-fixture-helpers.js";

describe("aws_cloudwatch_dashboard", () => {
  it("costs $3 a month per dashboard", async () => {
    // aws.amazon.com/cloudwatch/pricing, us-east-1: $3.00 per dashboard per month
    const prices = priceTable([{ service: "AmazonCloudWatch", productFamily: "Dashboard", unit: "Dashboards", price: "3.00", attributes: { usagetype: "DashboardsUsageHour" } }]);
    const breakdown = await estimateFixture("aws_cloudwatch_dashboard", { prices });
    expect(costs(breakdown, "aws_cloudwatch_dashboard.orders")).toEqual([["Dashboard", "3"]]);
  });

  it("is unknown with the snapshot, which has no dashboard price", async () => {
    const breakdown = await estimateFixture("aws_cloudwatch_dashboard");
    expect(gap(breakdown, "aws_cloudwatch_dashboard.orders", "Dashboard")).toBe(noBundledPrice("DashboardsUsageHour (AmazonCloudWatch, Dashboard)", "us-east-1"));
  });
});
