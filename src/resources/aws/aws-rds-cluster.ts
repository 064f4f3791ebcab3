import { equals } from "../../pricing/price-query.js";
import { dec } from "../../shared/decimal.js";
import { UnknownInput } from "../attributes.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { auroraEngine, auroraQuery, isIoOptimized } from "./shared/aurora.js";
import { RDS_ENGINES } from "./shared/rds-engines.js";
import { rdsInstanceHours } from "./shared/rds-instance.js";
import { rdsStorageComponents } from "./shared/rds-storage.js";
import { usageQuantity, usageTimes } from "./shared/usage-quantity.js";

/** A Multi-AZ DB cluster: one writer and two readable standbys, priced as one deployment. */
const MULTI_AZ_CLUSTER = "Multi-AZ (readable standbys)";

export const awsRdsCluster: ResourceModel = {
  type: "aws_rds_cluster",
  usage: {
    storage_gb: { type: "number", description: "Average storage of the cluster volume, GB", example: 100 },
    monthly_io_requests: { type: "number", description: "I/O requests a month (Aurora standard storage)", example: 100_000_000 },
    backup_snapshot_size_gb: { type: "number", description: "Size of one backup snapshot, GB; billed for each day of retention after the first", example: 100 },
    capacity_units_per_hr: { type: "number", description: "Average Aurora capacity units an hour (Serverless v1)", example: 4 },
  },
  build(r) {
    const engine = r.string("engine");
    if (r.has("db_cluster_instance_class")) return multiAzDbCluster(r, engine);
    const databaseEngine = auroraEngine(engine);
    const ioOptimized = isIoOptimized(r);
    const components: ComponentSpec[] = [];
    if (r.string("engine_mode", "provisioned") === "serverless") {
      components.push({
        name: "Aurora Serverless v1",
        unit: "ACU-hours",
        hourlyQuantity: usageQuantity(r.usage.number("capacity_units_per_hr")),
        usageBased: true,
        priceUnit: "ACU-Hrs",
        price: auroraQuery(r.region, "Serverless", "Aurora:ServerlessUsage", databaseEngine),
      });
    }
    components.push({
      name: ioOptimized ? "Storage (I/O-Optimized)" : "Storage",
      unit: "GB",
      monthlyQuantity: usageQuantity(r.usage.number("storage_gb")),
      usageBased: true,
      priceUnit: "GB-Mo",
      price: auroraQuery(r.region, "Database Storage", ioOptimized ? "Aurora:IO-OptimizedStorageUsage" : "Aurora:StorageUsage"),
    });
    if (!ioOptimized) {
      components.push({
        name: "I/O requests",
        unit: "1M requests",
        monthlyQuantity: usageQuantity(r.usage.number("monthly_io_requests"), 1_000_000),
        unitMultiplier: dec(1_000_000),
        usageBased: true,
        price: auroraQuery(r.region, "System Operation", "Aurora:StorageIOUsage"),
      });
    }
    // The first day of retention is free up to the cluster's size.
    const retention = r.number("backup_retention_period", 1);
    components.push({
      name: "Backup storage",
      unit: "GB",
      monthlyQuantity: usageTimes(r.usage.number("backup_snapshot_size_gb"), Math.max(0, retention - 1)),
      usageBased: true,
      priceUnit: "GB-Mo",
      price: auroraQuery(r.region, "Storage Snapshot", "Aurora:BackupUsage", databaseEngine),
    });
    return components;
  },
};

/** `db_cluster_instance_class` with the mysql or postgres engine: three instances and their storage. */
function multiAzDbCluster(r: ResourceView, engineName: string | undefined): ComponentSpec[] {
  const engine = engineName === undefined ? undefined : RDS_ENGINES[engineName];
  if (!engine || (engineName !== "mysql" && engineName !== "postgres")) {
    throw new UnknownInput("engine", `Multi-AZ DB clusters (db_cluster_instance_class) run mysql or postgres, not "${engineName ?? "unset"}"`);
  }
  const instanceClass = r.string("db_cluster_instance_class")!;
  const storageType = r.string("storage_type");
  if (storageType === undefined) throw new UnknownInput("storage_type", "a Multi-AZ DB cluster needs io1, io2 or gp3 storage");
  const allocated = r.number("allocated_storage");
  if (allocated === undefined) throw new UnknownInput("allocated_storage", "a Multi-AZ DB cluster needs allocated_storage");
  return [
    rdsInstanceHours(
      `Multi-AZ DB cluster (writer + 2 readable standbys, ${instanceClass})`,
      r.region,
      instanceClass,
      engine.databaseEngine,
      equals("deploymentOption", MULTI_AZ_CLUSTER),
    ),
    ...rdsStorageComponents(r.region, MULTI_AZ_CLUSTER, {
      storageType,
      sizeGb: allocated,
      iops: r.number("iops"),
      gp3LargeVolumeGb: engine.gp3LargeVolumeGb,
    }),
  ];
}
