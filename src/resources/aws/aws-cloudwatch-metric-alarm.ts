import { equals, matches } from "../../pricing/price-query.js";
import { dec } from "../../shared/decimal.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";

/** Anomaly detection alarms watch the metric and its two band bounds: billed as 3 alarm metrics. */
const ANOMALY_OPERATORS = new Set(["LessThanLowerOrGreaterThanUpperThreshold", "LessThanLowerThreshold", "GreaterThanUpperThreshold"]);

/** $0.10 per standard-resolution alarm metric a month, $0.30 for high resolution (a period under 60 s). */
export const awsCloudwatchMetricAlarm: ResourceModel = {
  type: "aws_cloudwatch_metric_alarm",
  build(r) {
    const queries = r.blocks("metric_query");
    const metricBlocks = queries.flatMap((q) => q.blocks("metric"));
    const metrics = queries.length > 0 ? metricBlocks.length : 1;
    const period = queries.length > 0 ? metricBlocks.map((m) => m.number("period")).find((p) => p !== undefined) : r.number("period");
    const highResolution = period !== undefined && period < 60;
    const anomaly = ANOMALY_OPERATORS.has(r.string("comparison_operator", ""));
    const alarmType = highResolution ? "High Resolution" : "Standard";
    return [
      {
        name: `${highResolution ? "High" : "Standard"} resolution${anomaly ? " anomaly detection" : ""}`,
        unit: "alarm metrics",
        monthlyQuantity: dec(metrics).times(anomaly ? 3 : 1),
        price: alarmQuery(r, alarmType),
        priceUnit: "Alarms",
      },
    ];
  },
};

function alarmQuery(r: ResourceView, alarmType: string) {
  return { service: "AmazonCloudWatch", region: r.region, productFamily: "Alarm", attributes: [equals("alarmType", alarmType), matches("usagetype", "(^|-)CW:AlarmMonitorUsage$")] };
}
