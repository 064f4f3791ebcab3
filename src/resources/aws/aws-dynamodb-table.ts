import { equals, matches, type AttributeMatcher, type PriceQuery } from "../../pricing/price-query.js";
import { dec } from "../../shared/decimal.js";
import { UnknownInput } from "../attributes.js";
import type { ComponentSpec, CostComponent } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { usageQuantity } from "./shared/usage-quantity.js";

const REQUESTS = "Amazon DynamoDB PayPerRequest Throughput";

export const awsDynamodbTable: ResourceModel = {
  type: "aws_dynamodb_table",
  usage: {
    monthly_write_request_units: { type: "number", description: "Write request units a month (on-demand tables; replicated to each replica)", example: 3_000_000 },
    monthly_read_request_units: { type: "number", description: "Read request units a month (on-demand tables)", example: 8_000_000 },
    storage_gb: { type: "number", description: "Table storage, GB", example: 230 },
    pitr_backup_storage_gb: { type: "number", description: "Point-in-time recovery backup storage, GB", example: 2300 },
    on_demand_backup_storage_gb: { type: "number", description: "On-demand backup storage, GB", example: 460 },
    monthly_data_restored_gb: { type: "number", description: "Data restored from backups a month, GB", example: 230 },
    monthly_streams_read_request_units: { type: "number", description: "DynamoDB Streams read request units a month", example: 2_000_000 },
  },
  build(r) {
    // Standard-Infrequent-Access tables have their own groups (`DDB-WriteUnitsIA`) and storage rows.
    const ia = r.string("table_class", "STANDARD") === "STANDARD_INFREQUENT_ACCESS" ? "IA" : "";
    const q = (region: string, family: string, ...attributes: AttributeMatcher[]): PriceQuery => ({ service: "AmazonDynamoDB", region, productFamily: family, attributes });
    const group = (name: string) => equals("group", name + ia);
    const replicas = r.blocks("replica").map((b, i) => {
      const region = b.string("region_name");
      if (region === undefined) throw new UnknownInput(`replica[${i}].region_name`, "not set");
      return region;
    });
    const components: ComponentSpec[] = [];
    const billingMode = r.string("billing_mode", "PROVISIONED");
    if (billingMode === "PROVISIONED") {
      const wcu = capacity(r, "write_capacity");
      const rcu = capacity(r, "read_capacity");
      const hourly = (name: string, unit: string, count: number, price: PriceQuery, subresource?: string): CostComponent =>
        ({ name, unit, hourlyQuantity: dec(count), price, subresource });
      components.push(
        hourly("Write capacity unit (WCU)", "WCU-hours", wcu, q(r.region, "Provisioned IOPS", group("DDB-WriteUnits"))),
        hourly("Read capacity unit (RCU)", "RCU-hours", rcu, q(r.region, "Provisioned IOPS", group("DDB-ReadUnits"))),
      );
      // Each replica table has the same capacity: its writes are replicated writes at that region's price.
      for (const region of replicas) {
        const subresource = `replica (${region})`;
        components.push(
          hourly("Replicated write capacity unit (rWCU)", "rWCU-hours", wcu, q(region, "DDB-Operation-ReplicatedWrite", group("DDB-ReplicatedWriteUnits")), subresource),
          hourly("Read capacity unit (RCU)", "RCU-hours", rcu, q(region, "Provisioned IOPS", group("DDB-ReadUnits")), subresource),
        );
      }
    } else if (billingMode === "PAY_PER_REQUEST") {
      const perMillion = (name: string, key: string, price: PriceQuery, subresource?: string): CostComponent => ({
        name, unit: "1M units", monthlyQuantity: usageQuantity(r.usage.number(key), 1_000_000), unitMultiplier: dec(1_000_000), usageBased: true, price, subresource,
      });
      components.push(
        perMillion("Write request unit (WRU)", "monthly_write_request_units", q(r.region, REQUESTS, group("DDB-WriteUnits"))),
        perMillion("Read request unit (RRU)", "monthly_read_request_units", q(r.region, REQUESTS, group("DDB-ReadUnits"))),
        ...replicas.map((region) =>
          perMillion("Replicated write request unit (rWRU)", "monthly_write_request_units", q(region, REQUESTS, group("DDB-ReplicatedWriteUnits")), `replica (${region})`)),
      );
    } else {
      throw new UnknownInput("billing_mode", `"${billingMode}" is not PROVISIONED or PAY_PER_REQUEST`);
    }
    const gb = (name: string, key: string, price: PriceQuery): CostComponent =>
      ({ name, unit: "GB", monthlyQuantity: usageQuantity(r.usage.number(key)), usageBased: true, price });
    components.push({ ...gb("Data storage", "storage_gb", q(r.region, "Database Storage", storageUsagetype(ia))), priceUnit: "GB-Mo" });
    if (r.block("point_in_time_recovery")?.bool("enabled", false)) {
      components.push(gb("Point-in-time recovery (PITR) backup storage", "pitr_backup_storage_gb", q(r.region, "Database Storage", matches("usagetype", "TimedPITRStorage-ByteHrs$"))));
    }
    components.push(
      gb("On-demand backup storage", "on_demand_backup_storage_gb", q(r.region, "Amazon DynamoDB On-Demand Backup Storage")),
      gb("Table data restored", "monthly_data_restored_gb", q(r.region, "Amazon DynamoDB Restore Data Size")),
    );
    if (r.bool("stream_enabled", false)) {
      components.push({
        name: "Streams read request unit (sRRU)", unit: "1M units", monthlyQuantity: usageQuantity(r.usage.number("monthly_streams_read_request_units"), 1_000_000),
        unitMultiplier: dec(1_000_000), usageBased: true, price: q(r.region, "API Request", equals("group", "DDB-StreamsReadRequests")),
      });
    }
    return components;
  },
};

/** The table's capacity plus every global secondary index's: each index's capacity is billed like a table's. */
function capacity(r: ResourceView, key: "write_capacity" | "read_capacity"): number {
  const table = r.number(key);
  if (table === undefined) throw new UnknownInput(key, "a PROVISIONED table needs it");
  return r.blocks("global_secondary_index").reduce((sum, index) => sum + index.number(key, 0), table);
}

/** `TimedStorage-ByteHrs` (any region prefix) for standard tables, `IA-TimedStorage-ByteHrs` for IA ones. */
function storageUsagetype(ia: string): AttributeMatcher {
  return matches("usagetype", ia ? "^([A-Z]{2,4}[0-9]?-)?IA-TimedStorage-ByteHrs$" : "^(?!IA-)([A-Z]{2,4}[0-9]?-)?TimedStorage-ByteHrs$");
}
