import { equals, type PriceQuery } from "../../pricing/price-query.js";
import { dec } from "../../shared/decimal.js";
import { UnknownInput } from "../attributes.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import { usagetype } from "./shared/price-helpers.js";
import { usageQuantity } from "./shared/usage-quantity.js";

/** Burstable classes bill CPU credits above their baseline (unlimited mode). */
const BURSTABLE = /^db\.(t3|t4g)\./;

export const awsDocdbClusterInstance: ResourceModel = {
  type: "aws_docdb_cluster_instance",
  usage: {
    data_storage_gb: { type: "number", description: "Cluster storage attributed to this instance, GB", example: 1000 },
    monthly_io_requests: { type: "number", description: "I/O requests a month", example: 10_000_000 },
    monthly_cpu_credit_hrs: { type: "number", description: "vCPU-hours of CPU credits above the baseline a month (db.t3, db.t4g)", example: 10 },
  },
  build(r) {
    const instanceClass = r.string("instance_class");
    if (instanceClass === undefined) throw new UnknownInput("instance_class", "not set");
    const docdb = (family: string, ...attributes: PriceQuery["attributes"]): PriceQuery => ({ service: "AmazonDocDB", region: r.region, productFamily: family, attributes });
    const components: ComponentSpec[] = [
      {
        name: `Database instance (on-demand, ${instanceClass})`,
        unit: "hours",
        hourlyQuantity: dec(1),
        priceUnit: "Hrs",
        price: docdb("Database Instance", equals("instanceType", instanceClass), equals("volumeType", "General Purpose")),
      },
      { name: "Storage", unit: "GB", monthlyQuantity: usageQuantity(r.usage.number("data_storage_gb")), usageBased: true, priceUnit: "GB-Mo", price: docdb("Database Storage", usagetype("StorageUsage")) },
      {
        name: "I/O requests",
        unit: "1M requests",
        monthlyQuantity: usageQuantity(r.usage.number("monthly_io_requests"), 1_000_000),
        unitMultiplier: dec(1_000_000),
        usageBased: true,
        price: docdb("System Operation", usagetype("StorageIOUsage")),
      },
    ];
    const family = BURSTABLE.exec(instanceClass)?.[0].slice(0, -1);
    if (family) {
      components.push({
        name: "CPU credits",
        unit: "vCPU-hours",
        monthlyQuantity: usageQuantity(r.usage.number("monthly_cpu_credit_hrs")),
        usageBased: true,
        price: docdb("CPU Credits", usagetype(`CPUCredits:${family}`)),
      });
    }
    return components;
  },
};
