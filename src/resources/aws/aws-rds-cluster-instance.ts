import { dec } from "../../shared/decimal.js";
import { UnknownInput } from "../attributes.js";
import type { ComponentSpec, CostComponent } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { auroraEngine, auroraQuery, isIoOptimized } from "./shared/aurora.js";
import { usagetype } from "./shared/price-helpers.js";
import { publicIpv4Component } from "./shared/public-ipv4.js";
import { rdsInstanceHours } from "./shared/rds-instance.js";

export const awsRdsClusterInstance: ResourceModel = {
  type: "aws_rds_cluster_instance",
  usage: {
    capacity_units_per_hr: { type: "number", description: "Average Aurora capacity units an hour (db.serverless, Serverless v2)", example: 2 },
  },
  build(r) {
    const databaseEngine = auroraEngine(r.string("engine"));
    const instanceClass = r.string("instance_class");
    if (instanceClass === undefined) throw new UnknownInput("instance_class", "not set");
    // I/O-Optimized is a cluster setting; without the cluster in the configuration, standard rates apply.
    const cluster = r.lookup(r.ref("cluster_identifier"));
    const ioOptimized = cluster !== undefined && isIoOptimized(cluster);
    const components: ComponentSpec[] = [
      instanceClass === "db.serverless"
        ? serverlessV2(r, cluster, databaseEngine, ioOptimized)
        : rdsInstanceHours(
            `Database instance (on-demand, ${ioOptimized ? "I/O-Optimized, " : ""}${instanceClass})`,
            r.region,
            instanceClass,
            databaseEngine,
            usagetype(`${ioOptimized ? "InstanceUsageIOOptimized" : "InstanceUsage"}:${instanceClass}`),
          ),
    ];
    if (r.bool("publicly_accessible", false)) components.push(publicIpv4Component(r.region, 1));
    return components;
  },
};

/**
 * Serverless v2 bills ACU-hours. With `capacity_units_per_hr` that average is priced; without
 * it, the cluster's `min_capacity` is what the instance costs at the least, and it is priced
 * as such (the name says so). A minimum of 0 (auto-pause) leaves the cost to usage.
 */
function serverlessV2(r: ResourceView, cluster: ResourceView | undefined, databaseEngine: string, ioOptimized: boolean): CostComponent {
  const price = auroraQuery(r.region, "ServerlessV2", ioOptimized ? "Aurora:ServerlessV2IOOptimizedUsage" : "Aurora:ServerlessV2Usage", databaseEngine);
  const label = `Aurora Serverless v2${ioOptimized ? " (I/O-Optimized)" : ""}`;
  const base = { unit: "ACU-hours", priceUnit: "ACU-Hrs", price };
  const average = r.usage.number("capacity_units_per_hr");
  if (average !== undefined) return { ...base, name: `${label}, ${average} ACU average`, hourlyQuantity: dec(average), usageBased: true };
  const minimum = cluster?.block("serverlessv2_scaling_configuration")?.number("min_capacity");
  if (minimum !== undefined && minimum > 0) return { ...base, name: `${label}, minimum ${minimum} ACU (no usage given)`, hourlyQuantity: dec(minimum) };
  return { ...base, name: label, hourlyQuantity: null, usageBased: true };
}
