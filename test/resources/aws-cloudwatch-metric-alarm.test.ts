import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";
import { gap, noBundledPrice } from "./usage-fixture-helpers.js";

/** aws.amazon.com/cloudwatch/pricing, us-east-1: $0.10 per standard-resolution alarm metric a month, $0.30 at high resolution. */
const ALARMS: PriceRow[] = [
  { service: "AmazonCloudWatch", productFamily: "Alarm", unit: "Alarms", price: "0.10", attributes: { alarmType: "Standard", usagetype: "CW:AlarmMonitorUsage" } },
  { service: "AmazonCloudWatch", productFamily: "Alarm", unit: "Alarms", price: "0.30", attributes: { alarmType: "High Resolution", usagetype: "CW:AlarmMonitorUsage" } },
];

describe("aws_cloudwatch_metric_alarm", () => {
  it.each([
    ["cpu_high", "Standard resolution", "0.1"], // 1 metric x 0.10
    ["queue_depth_fast", "High resolution", "0.3"], // period 10 s < 60: 1 metric x 0.30
    ["error_rate", "Standard resolution", "0.2"], // 2 metric_query metrics (the expression is free) x 0.10
    ["latency_anomaly", "Standard resolution anomaly detection", "0.3"], // 1 metric + 2 band bounds = 3 x 0.10
  ])("prices %s as %s", async (name, component, cost) => {
    const breakdown = await estimateFixture("aws_cloudwatch_metric_alarm", { prices: priceTable(ALARMS) });
    expect(costs(breakdown, `aws_cloudwatch_metric_alarm.${name}`)).toEqual([[component, cost]]);
  });

  it("is unknown with the snapshot, which has no alarm price", async () => {
    const breakdown = await estimateFixture("aws_cloudwatch_metric_alarm");
    expect(gap(breakdown, "aws_cloudwatch_metric_alarm.cpu_high", "Standard resolution")).toBe(
      noBundledPrice("Standard, CW:AlarmMonitorUsage (AmazonCloudWatch, Alarm)", "us-east-1"),
    );
  });
});
