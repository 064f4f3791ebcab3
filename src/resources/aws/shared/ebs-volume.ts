import { equals, type PriceQuery } from "../../../pricing/price-query.js";
import { Decimal, dec } from "../../../shared/decimal.js";
import type { ComponentSpec } from "../../cost-component.js";
import { usagetype } from "./price-helpers.js";

export interface EbsVolume {
  type: string;
  sizeGb: number;
  iops?: number;
  /** MiB/s, gp3 only. */
  throughput?: number;
}

/** gp3 includes 3,000 IOPS and 125 MiB/s; only what is provisioned above is billed. */
const GP3_BASELINE_IOPS = 3000;
const GP3_BASELINE_THROUGHPUT = 125;
/** io2 IOPS are billed in three tiers per volume: up to 32,000, to 64,000, above. */
const IO2_TIERS = [
  { suffix: "EBS:VolumeP-IOPS.io2", from: 0, to: 32000, label: "up to 32,000" },
  { suffix: "EBS:VolumeP-IOPS.io2.tier2", from: 32000, to: 64000, label: "32,001 to 64,000" },
  { suffix: "EBS:VolumeP-IOPS.io2.tier3", from: 64000, to: Infinity, label: "over 64,000" },
];
const STORAGE_TYPES = new Set(["gp2", "gp3", "io1", "io2", "st1", "sc1", "standard"]);

/**
 * The components of one EBS volume: storage, and the IOPS / throughput / I/O its type bills.
 * Shared by `aws_ebs_volume`, instance block devices, launch templates and node groups.
 */
export function ebsVolumeComponents(region: string, volume: EbsVolume, subresource?: string, monthlyIoRequests?: number): ComponentSpec[] {
  const { type, sizeGb } = volume;
  if (!STORAGE_TYPES.has(type)) {
    return [{ name: `Storage (${type})`, unit: "GB", unknown: `volume type "${type}" is not an EBS volume type Costgate knows`, subresource }];
  }
  const components: ComponentSpec[] = [
    { name: `Storage (${type})`, unit: "GB", monthlyQuantity: dec(sizeGb), price: ebsQuery(region, "Storage", type), priceUnit: "GB-Mo", subresource },
  ];
  const iops = volume.iops;
  if (type === "gp3") {
    const extraIops = Math.max(0, (iops ?? GP3_BASELINE_IOPS) - GP3_BASELINE_IOPS);
    if (extraIops > 0) {
      components.push({ name: "Provisioned IOPS (above 3,000)", unit: "IOPS", monthlyQuantity: dec(extraIops), price: ebsQuery(region, "System Operation", type, "EBS:VolumeP-IOPS.gp3"), priceUnit: "IOPS-Mo", subresource });
    }
    const extraThroughput = Math.max(0, (volume.throughput ?? GP3_BASELINE_THROUGHPUT) - GP3_BASELINE_THROUGHPUT);
    if (extraThroughput > 0) {
      components.push({
        name: "Provisioned throughput (above 125 MBps)",
        unit: "MBps",
        monthlyQuantity: dec(extraThroughput),
        // Published per GiBps-month; provisioned in MiB/s.
        unitMultiplier: new Decimal(1).div(1024),
        price: ebsQuery(region, "Provisioned Throughput", type, "EBS:VolumeP-Throughput.gp3"),
        priceUnit: "GiBps-Mo",
        subresource,
      });
    }
  } else if (type === "io1") {
    components.push(iops === undefined
      ? { name: "Provisioned IOPS", unit: "IOPS", unknown: "io1 volumes need iops", subresource }
      : { name: "Provisioned IOPS", unit: "IOPS", monthlyQuantity: dec(iops), price: ebsQuery(region, "System Operation", type, "EBS:VolumeP-IOPS.piops"), priceUnit: "IOPS-Mo", subresource });
  } else if (type === "io2") {
    if (iops === undefined) return [...components, { name: "Provisioned IOPS", unit: "IOPS", unknown: "io2 volumes need iops", subresource }];
    for (const tier of IO2_TIERS) {
      const inTier = Math.min(iops, tier.to) - tier.from;
      if (inTier > 0) {
        components.push({ name: `Provisioned IOPS (${tier.label})`, unit: "IOPS", monthlyQuantity: dec(inTier), price: ebsQuery(region, "System Operation", type, tier.suffix), priceUnit: "IOPS-Mo", subresource });
      }
    }
  } else if (type === "standard") {
    components.push({
      name: "I/O requests",
      unit: "1M requests",
      monthlyQuantity: monthlyIoRequests === undefined ? null : dec(monthlyIoRequests).div(1_000_000),
      unitMultiplier: dec(1_000_000),
      usageBased: true,
      price: ebsQuery(region, "System Operation", type, "EBS:VolumeIOUsage"),
      priceUnit: "IOs",
      subresource,
    });
  }
  return components;
}

function ebsQuery(region: string, productFamily: string, volumeApiName: string, usage?: string): PriceQuery {
  return {
    service: "AmazonEC2",
    region,
    productFamily,
    attributes: [equals("volumeApiName", volumeApiName), ...(usage ? [usagetype(usage)] : [])],
  };
}
