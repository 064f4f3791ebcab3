import { equals, type PriceQuery } from "../../../pricing/price-query.js";
import { dec } from "../../../shared/decimal.js";
import type { ComponentSpec } from "../../cost-component.js";
import { usagetype } from "./price-helpers.js";
import { usageQuantity } from "./usage-quantity.js";

/**
 * Price List `deploymentOption` of an RDS deployment and the infix its storage usagetypes
 * carry. AWS publishes one row per deployment: a Multi-AZ row is the price of the primary and
 * its standby together (2x Single-AZ), a Multi-AZ DB cluster row that of all three instances.
 */
export const RDS_DEPLOYMENTS = {
  "Single-AZ": "",
  "Multi-AZ": "Multi-AZ-",
  "Multi-AZ (readable standbys)": "Multi-AZCluster-",
} as const;
export type RdsDeployment = keyof typeof RDS_DEPLOYMENTS;

/** Terraform `storage_type` -> Price List `volumeType` of RDS storage. */
const VOLUME_TYPES: Readonly<Record<string, string>> = {
  standard: "Magnetic",
  gp2: "General Purpose",
  gp3: "General Purpose-GP3",
  io1: "Provisioned IOPS",
  io2: "Provisioned IOPS-IO2",
};
/** usagetype (after `RDS:` and the deployment infix) of provisioned IOPS per storage type. */
const IOPS_USAGETYPES: Readonly<Record<string, string>> = { io1: "PIOPS", io2: "IO2-PIOPS", gp3: "GP3-PIOPS" };

export interface RdsVolume {
  storageType: string;
  sizeGb: number;
  iops?: number;
  /** MiB/s, gp3 only. */
  throughput?: number;
  /** gp3 volumes of this size or more include 12,000 IOPS and 500 MiB/s (MySQL, PostgreSQL, MariaDB: 400; Oracle: 200). */
  gp3LargeVolumeGb?: number;
  /** Usage: I/O requests a month, magnetic storage only. */
  monthlyIoRequests?: number;
}

/** Storage, provisioned IOPS and throughput of an RDS instance or Multi-AZ DB cluster. */
export function rdsStorageComponents(region: string, deployment: RdsDeployment, volume: RdsVolume): ComponentSpec[] {
  const { storageType, sizeGb } = volume;
  const volumeType = VOLUME_TYPES[storageType];
  if (!volumeType) return [{ name: `Storage (${storageType})`, unit: "GB", unknown: `storage_type "${storageType}" is not an RDS storage type` }];
  const rds = (family: string, suffix: string): PriceQuery => ({
    service: "AmazonRDS",
    region,
    productFamily: family,
    attributes: [usagetype(`RDS:${RDS_DEPLOYMENTS[deployment]}${suffix}`)],
  });
  const components: ComponentSpec[] = [
    {
      name: `Storage (${storageType})`,
      unit: "GB",
      monthlyQuantity: dec(sizeGb),
      priceUnit: "GB-Mo",
      price: {
        service: "AmazonRDS",
        region,
        productFamily: "Database Storage",
        attributes: [equals("volumeType", volumeType), equals("deploymentOption", deployment), equals("databaseEngine", "Any")],
      },
    },
  ];
  const iops = volume.iops;
  if (storageType === "io1" || storageType === "io2") {
    if (iops === undefined) return [...components, { name: "Provisioned IOPS", unit: "IOPS", unknown: `${storageType} storage needs iops` }];
    components.push({ name: "Provisioned IOPS", unit: "IOPS", monthlyQuantity: dec(iops), priceUnit: "IOPS-Mo", price: rds("Provisioned IOPS", IOPS_USAGETYPES[storageType]!) });
  } else if (storageType === "gp3") {
    const large = volume.gp3LargeVolumeGb !== undefined && sizeGb >= volume.gp3LargeVolumeGb;
    const baseline = { iops: large ? 12000 : 3000, throughput: large ? 500 : 125 };
    const extraIops = Math.max(0, (iops ?? baseline.iops) - baseline.iops);
    if (extraIops > 0) {
      components.push({
        name: `Provisioned IOPS (above ${baseline.iops.toLocaleString("en-US")})`,
        unit: "IOPS",
        monthlyQuantity: dec(extraIops),
        priceUnit: "IOPS-Mo",
        price: rds("Provisioned IOPS", IOPS_USAGETYPES.gp3!),
      });
    }
    const extraThroughput = Math.max(0, (volume.throughput ?? baseline.throughput) - baseline.throughput);
    if (extraThroughput > 0) {
      components.push({ name: `Provisioned throughput (above ${baseline.throughput} MBps)`, unit: "MBps", monthlyQuantity: dec(extraThroughput), price: rds("Provisioned Throughput", "GP3-Throughput") });
    }
  } else if (storageType === "standard") {
    components.push({
      name: "I/O requests",
      unit: "1M requests",
      monthlyQuantity: usageQuantity(volume.monthlyIoRequests, 1_000_000),
      unitMultiplier: dec(1_000_000),
      usageBased: true,
      price: { service: "AmazonRDS", region, productFamily: "System Operation", attributes: [usagetype("RDS:StorageIOUsage")] },
    });
  }
  return components;
}
