import { UNITS } from "../../pricing/units.js";
import { UnknownInput } from "../attributes.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { usagetype } from "./shared/price-helpers.js";
import { usageComponent } from "./shared/usage-component.js";

/** Ingestion meter per log class: Infrequent Access ingests at half the Standard price. */
const INGESTION: Record<string, string> = { STANDARD: "DataProcessing-Bytes", INFREQUENT_ACCESS: "DataProcessingIA-Bytes" };

export const awsCloudwatchLogGroup: ResourceModel = {
  type: "aws_cloudwatch_log_group",
  usage: {
    monthly_data_ingested_gb: { type: "number", description: "GB of log events ingested a month", example: 50 },
    storage_gb: { type: "number", description: "GB of logs stored (archived), after compression", example: 200 },
    monthly_data_scanned_gb: { type: "number", description: "GB scanned by Logs Insights queries a month", example: 100 },
  },
  build(r) {
    const logClass = r.string("log_group_class", "STANDARD");
    const ingestion = INGESTION[logClass];
    if (!ingestion) throw new UnknownInput("log_group_class", `"${logClass}" is not STANDARD or INFREQUENT_ACCESS, the classes Costgate prices`);
    const label = logClass === "STANDARD" ? "" : " (infrequent access)";
    return [
      usageComponent({ name: `Data ingested${label}`, unit: "GB", count: r.usage.number("monthly_data_ingested_gb"), price: cloudwatchQuery(r, "Data Payload", ingestion) }),
      usageComponent({ name: "Archival storage", unit: "GB", count: r.usage.number("storage_gb"), price: cloudwatchQuery(r, "Storage Snapshot", "TimedStorage-ByteHrs"), priceUnit: UNITS.GB_MONTH }),
      usageComponent({ name: "Insights queries data scanned", unit: "GB", count: r.usage.number("monthly_data_scanned_gb"), price: cloudwatchQuery(r, "Data Payload", "DataScanned-Bytes") }),
    ];
  },
};

export function cloudwatchQuery(r: ResourceView, productFamily: string, usage: string) {
  return { service: "AmazonCloudWatch", region: r.region, productFamily, attributes: [usagetype(usage)] };
}
