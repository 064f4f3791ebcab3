import { dec } from "../../shared/decimal.js";
import { UnknownInput } from "../attributes.js";
import type { ComponentSpec, CostComponent } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { usagetype } from "./shared/price-helpers.js";
import { usageQuantity } from "./shared/usage-quantity.js";

/** Retention included in the shard or stream price: 24 hours; up to 7 days is "extended", beyond is "long-term". */
const INCLUDED_RETENTION_HOURS = 24;
const EXTENDED_RETENTION_HOURS = 168;

export const awsKinesisStream: ResourceModel = {
  type: "aws_kinesis_stream",
  usage: {
    monthly_provisioned_put_units: { type: "number", description: "PUT payload units (25 KB each) a month, provisioned streams", example: 6_500_000 },
    monthly_provisioned_long_term_retention_gb: { type: "number", description: "Data stored beyond 7 days, GB-months, provisioned streams", example: 100 },
    monthly_on_demand_data_in_gb: { type: "number", description: "Data written a month, GB, on-demand streams", example: 100 },
    monthly_on_demand_data_out_gb: { type: "number", description: "Data read a month, GB, on-demand streams", example: 200 },
    monthly_on_demand_extended_retention_gb: { type: "number", description: "Data stored from 24 hours to 7 days, GB-months, on-demand streams", example: 10 },
    monthly_on_demand_long_term_retention_gb: { type: "number", description: "Data stored beyond 7 days, GB-months, on-demand streams", example: 10 },
  },
  build(r) {
    const mode = r.block("stream_mode_details")?.string("stream_mode") ?? "PROVISIONED";
    if (mode === "ON_DEMAND") return onDemand(r);
    if (mode !== "PROVISIONED") throw new UnknownInput("stream_mode_details.stream_mode", `"${mode}" is not PROVISIONED or ON_DEMAND`);
    const shards = r.number("shard_count");
    if (shards === undefined) throw new UnknownInput("shard_count", "a PROVISIONED stream needs it");
    const retention = r.number("retention_period", INCLUDED_RETENTION_HOURS);
    const components: ComponentSpec[] = [
      { name: `Shard hours (${shards} shards)`, unit: "hours", hourlyQuantity: dec(shards), price: kinesis(r, "Storage-ShardHour") },
      {
        name: "PUT payload units",
        unit: "1M units",
        monthlyQuantity: usageQuantity(r.usage.number("monthly_provisioned_put_units"), 1_000_000),
        unitMultiplier: dec(1_000_000),
        usageBased: true,
        price: kinesis(r, "PutRequestPayloadUnits"),
      },
    ];
    // Retention beyond 24 hours is billed per shard-hour; beyond 7 days, per GB stored.
    if (retention > INCLUDED_RETENTION_HOURS) {
      components.push({ name: "Extended retention (24 hours to 7 days)", unit: "shard-hours", hourlyQuantity: dec(shards), price: kinesis(r, "Extended-ShardHour") });
    }
    if (retention > EXTENDED_RETENTION_HOURS) {
      components.push(perGb(r, "Long-term retention (beyond 7 days)", "monthly_provisioned_long_term_retention_gb", "LongTermRetention-ByteHrs"));
    }
    return components;
  },
};

function onDemand(r: ResourceView): ComponentSpec[] {
  const retention = r.number("retention_period", INCLUDED_RETENTION_HOURS);
  const components: ComponentSpec[] = [
    { name: "On-demand stream hours", unit: "hours", hourlyQuantity: dec(1), price: kinesis(r, "OnDemand-StreamHour") },
    perGb(r, "Data ingested", "monthly_on_demand_data_in_gb", "OnDemand-BilledIncomingBytes"),
    perGb(r, "Data retrieved", "monthly_on_demand_data_out_gb", "OnDemand-BilledOutgoingBytes"),
  ];
  if (retention > INCLUDED_RETENTION_HOURS) {
    components.push(perGb(r, "Extended retention (24 hours to 7 days)", "monthly_on_demand_extended_retention_gb", "OnDemand-ExtendedRetention-ByteHrs"));
  }
  if (retention > EXTENDED_RETENTION_HOURS) {
    components.push(perGb(r, "Long-term retention (beyond 7 days)", "monthly_on_demand_long_term_retention_gb", "OnDemand-LongTermRetention-ByteHrs"));
  }
  return components;
}

function kinesis(r: ResourceView, suffix: string) {
  return { service: "AmazonKinesis", region: r.region, productFamily: "Kinesis Streams", attributes: [usagetype(suffix)] };
}

function perGb(r: ResourceView, name: string, key: string, suffix: string): CostComponent {
  return { name, unit: "GB", monthlyQuantity: usageQuantity(r.usage.number(key)), usageBased: true, price: kinesis(r, suffix) };
}
