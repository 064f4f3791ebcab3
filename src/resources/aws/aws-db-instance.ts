import { equals, type AttributeMatcher, type PriceQuery } from "../../pricing/price-query.js";
import { dec } from "../../shared/decimal.js";
import { UnknownInput } from "../attributes.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { usagetype } from "./shared/price-helpers.js";
import { RDS_ENGINES, RDS_VOLUME_TYPES, priceListLicense, type RdsEngine } from "./shared/rds-engines.js";

/** `allocated_storage` AWS applies when a configuration leaves it to a snapshot or default. */
const DEFAULT_STORAGE_GB = 20;

export const awsDbInstance: ResourceModel = {
  type: "aws_db_instance",
  usage: {
    monthly_standard_io_requests: { type: "number", description: "I/O requests a month (magnetic storage only)", example: 10_000_000 },
    additional_backup_storage_gb: { type: "number", description: "Backup storage beyond the free amount (100% of the allocated storage), GB", example: 100 },
  },
  build(r) {
    const engineName = r.string("engine") ?? r.lookup(r.ref("replicate_source_db"))?.string("engine");
    if (engineName === undefined) throw new UnknownInput("engine", "not set (a replica takes its source's engine)");
    const engine = RDS_ENGINES[engineName];
    if (!engine) throw new UnknownInput("engine", `Costgate has no prices for engine "${engineName}"`);
    const instanceClass = r.string("instance_class");
    if (instanceClass === undefined) throw new UnknownInput("instance_class", "not set");
    const multiAz = r.bool("multi_az", false);
    const deployment = multiAz ? "Multi-AZ" : "Single-AZ";
    const storageType = r.string("storage_type") ?? (r.has("iops") ? "io1" : "gp2");
    const sizeGb = r.number("allocated_storage", DEFAULT_STORAGE_GB);
    const iops = r.number("iops");

    const components: ComponentSpec[] = [
      {
        name: `Database instance (on-demand, ${deployment}, ${instanceClass})`,
        unit: "hours",
        hourlyQuantity: dec(1),
        price: instanceQuery(r, engine, instanceClass, deployment),
      },
      ...storageComponents(r, engine, storageType, sizeGb, iops, deployment),
    ];
    const backupGb = r.usage.number("additional_backup_storage_gb");
    components.push({
      name: "Additional backup storage",
      unit: "GB",
      monthlyQuantity: backupGb === undefined ? null : dec(backupGb),
      usageBased: true,
      price: { service: "AmazonRDS", region: r.region, productFamily: "Storage Snapshot", attributes: [usagetype("RDS:ChargedBackupUsage")] },
    });
    return components;
  },
};

function instanceQuery(r: ResourceView, engine: RdsEngine, instanceClass: string, deployment: string): PriceQuery {
  const attributes: AttributeMatcher[] = [
    equals("instanceType", instanceClass),
    equals("databaseEngine", engine.databaseEngine),
    equals("deploymentOption", deployment),
  ];
  if (engine.databaseEdition) attributes.push(equals("databaseEdition", engine.databaseEdition));
  const license = priceListLicense(r.string("license_model"), engine);
  if (license) attributes.push(equals("licenseModel", license));
  return { service: "AmazonRDS", region: r.region, productFamily: "Database Instance", attributes };
}

function storageComponents(r: ResourceView, engine: RdsEngine, storageType: string, sizeGb: number, iops: number | undefined, deployment: string): ComponentSpec[] {
  const volumeType = RDS_VOLUME_TYPES[storageType];
  if (!volumeType) return [{ name: `Storage (${storageType})`, unit: "GB", unknown: `storage_type "${storageType}" is not an RDS storage type` }];
  const multiAz = deployment === "Multi-AZ" ? "Multi-AZ-" : "";
  const rds = (family: string, suffix: string): PriceQuery => ({ service: "AmazonRDS", region: r.region, productFamily: family, attributes: [usagetype(`RDS:${multiAz}${suffix}`)] });
  const components: ComponentSpec[] = [
    {
      name: `Storage (${storageType})`,
      unit: "GB",
      monthlyQuantity: dec(sizeGb),
      price: {
        service: "AmazonRDS",
        region: r.region,
        productFamily: "Database Storage",
        attributes: [equals("volumeType", volumeType), equals("deploymentOption", deployment), equals("databaseEngine", "Any")],
      },
    },
  ];
  if (storageType === "io1" || storageType === "io2") {
    if (iops === undefined) return [...components, { name: "Provisioned IOPS", unit: "IOPS", unknown: `${storageType} storage needs iops` }];
    components.push({ name: "Provisioned IOPS", unit: "IOPS", monthlyQuantity: dec(iops), price: rds("Provisioned IOPS", storageType === "io2" ? "IO2-PIOPS" : "PIOPS") });
  } else if (storageType === "gp3") {
    const large = engine.gp3LargeVolumeGb !== undefined && sizeGb >= engine.gp3LargeVolumeGb;
    const baseline = { iops: large ? 12000 : 3000, throughput: large ? 500 : 125 };
    const extraIops = Math.max(0, (iops ?? baseline.iops) - baseline.iops);
    if (extraIops > 0) {
      components.push({ name: `Provisioned IOPS (above ${baseline.iops.toLocaleString("en-US")})`, unit: "IOPS", monthlyQuantity: dec(extraIops), price: rds("Provisioned IOPS", "GP3-PIOPS") });
    }
    const extraThroughput = Math.max(0, r.number("storage_throughput", baseline.throughput) - baseline.throughput);
    if (extraThroughput > 0) {
      components.push({ name: `Provisioned throughput (above ${baseline.throughput} MBps)`, unit: "MBps", monthlyQuantity: dec(extraThroughput), price: rds("Provisioned Throughput", "GP3-Throughput") });
    }
  } else if (storageType === "standard") {
    const requests = r.usage.number("monthly_standard_io_requests");
    components.push({
      name: "I/O requests",
      unit: "1M requests",
      monthlyQuantity: requests === undefined ? null : dec(requests).div(1_000_000),
      unitMultiplier: dec(1_000_000),
      usageBased: true,
      price: { service: "AmazonRDS", region: r.region, productFamily: "System Operation", attributes: [usagetype("RDS:StorageIOUsage")] },
    });
  }
  return components;
}
