import { equals, type AttributeMatcher } from "../../pricing/price-query.js";
import { UnknownInput } from "../attributes.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import { usagetype } from "./shared/price-helpers.js";
import { publicIpv4Component } from "./shared/public-ipv4.js";
import { AURORA_ENGINES, RDS_ENGINES, isOracle, priceListLicense, type RdsEngine } from "./shared/rds-engines.js";
import { rdsInstanceHours } from "./shared/rds-instance.js";
import { rdsStorageComponents, type RdsDeployment } from "./shared/rds-storage.js";
import { usageQuantity } from "./shared/usage-quantity.js";

/** `allocated_storage` AWS applies when a configuration leaves it to a snapshot or default. */
const DEFAULT_STORAGE_GB = 20;

export const awsDbInstance: ResourceModel = {
  type: "aws_db_instance",
  usage: {
    monthly_standard_io_requests: { type: "number", description: "I/O requests a month (magnetic storage only)", example: 10_000_000 },
    additional_backup_storage_gb: { type: "number", description: "Backup storage beyond the free amount (100% of the allocated storage), GB", example: 100 },
  },
  build(r) {
    // A read replica names its source; its engine (and licence) are the source's.
    const source = r.lookup(r.ref("replicate_source_db"));
    const engineName = r.string("engine") ?? source?.string("engine");
    if (engineName === undefined) {
      const reason = r.has("replicate_source_db") ? "a replica takes its source's engine; set engine when replicate_source_db is an identifier, not a reference to the source" : "not set";
      throw new UnknownInput("engine", reason);
    }
    if (AURORA_ENGINES[engineName]) throw new UnknownInput("engine", `"${engineName}" instances are aws_rds_cluster_instance resources; aws_db_instance cannot run Aurora`);
    const engine = RDS_ENGINES[engineName];
    if (!engine) throw new UnknownInput("engine", `"${engineName}" is not an RDS engine Costgate knows (${Object.keys(RDS_ENGINES).join(", ")})`);
    const instanceClass = r.string("instance_class");
    if (instanceClass === undefined) throw new UnknownInput("instance_class", "not set");
    const deployment: RdsDeployment = r.bool("multi_az", false) ? "Multi-AZ" : "Single-AZ";
    const license = priceListLicense(r.string("license_model") ?? source?.string("license_model"), engine);
    // A replica's storage starts as a copy of its source's.
    const storage = r.has("allocated_storage") || !source ? r : source;

    const components: ComponentSpec[] = [
      rdsInstanceHours(`Database instance (on-demand, ${deployment}, ${instanceClass})`, r.region, instanceClass, engine.databaseEngine, ...instanceAttributes(engine, deployment, license)),
      ...rdsStorageComponents(r.region, deployment, {
        storageType: storage.string("storage_type") ?? (storage.has("iops") ? "io1" : "gp2"),
        sizeGb: storage.number("allocated_storage", DEFAULT_STORAGE_GB),
        iops: storage.number("iops"),
        throughput: storage.number("storage_throughput"),
        gp3LargeVolumeGb: engine.gp3LargeVolumeGb,
        monthlyIoRequests: r.usage.number("monthly_standard_io_requests"),
      }),
      {
        name: "Additional backup storage",
        unit: "GB",
        monthlyQuantity: usageQuantity(r.usage.number("additional_backup_storage_gb")),
        usageBased: true,
        priceUnit: "GB-Mo",
        price: { service: "AmazonRDS", region: r.region, productFamily: "Storage Snapshot", attributes: [usagetype("RDS:ChargedBackupUsage")] },
      },
    ];
    if (r.bool("publicly_accessible", false)) components.push(publicIpv4Component(r.region, 1));
    return components;
  },
};

/** What tells an engine's rows apart beyond class and engine: deployment, edition, licence. */
function instanceAttributes(engine: RdsEngine, deployment: RdsDeployment, license: string | undefined): AttributeMatcher[] {
  const attributes = [equals("deploymentOption", deployment)];
  if (engine.databaseEdition) attributes.push(equals("databaseEdition", engine.databaseEdition));
  if (license) attributes.push(equals("licenseModel", license));
  if (isOracle(engine)) attributes.push(equals("deploymentModel", ""));
  return attributes;
}
