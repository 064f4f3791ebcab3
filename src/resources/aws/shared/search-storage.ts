import { equals } from "../../../pricing/price-query.js";
import { dec } from "../../../shared/decimal.js";
import type { Attributes } from "../../attributes.js";
import type { ComponentSpec } from "../../cost-component.js";

/** Terraform `volume_type` -> Price List `storageMedia` of OpenSearch volume storage. */
const STORAGE_MEDIA: Readonly<Record<string, string>> = { gp2: "GP2", gp3: "GP3", io1: "PIOPS-Storage", standard: "Magnetic" };
const GP3_BASELINE_IOPS = 3000;

/**
 * EBS storage of a search domain. AWS bills each data node's volume, so every quantity is
 * multiplied by the number of data nodes (Infracost prices one volume per domain).
 */
export function searchStorageComponents(region: string, ebs: Attributes, dataNodes: number): ComponentSpec[] {
  const type = ebs.string("volume_type", "gp2");
  const media = STORAGE_MEDIA[type];
  if (!media) return [{ name: `Storage (${type})`, unit: "GB", unknown: `volume_type "${type}" is not gp2, gp3, io1 or standard` }];
  const sizeGb = ebs.number("volume_size");
  if (sizeGb === undefined) return [{ name: `Storage (${type})`, unit: "GB", unknown: "ebs_options.volume_size is not set" }];
  const volume = (storageMedia: string) => ({ service: "AmazonES", region, productFamily: "Amazon OpenSearch Service Volume", attributes: [equals("storageMedia", storageMedia)] });
  const perNode = (n: number) => dec(n).times(dataNodes);
  const nodes = dataNodes === 1 ? "" : ` x ${dataNodes} nodes`;
  const components: ComponentSpec[] = [
    { name: `Storage (${type}, ${sizeGb} GB${nodes})`, unit: "GB", monthlyQuantity: perNode(sizeGb), priceUnit: "GB-Mo", price: volume(media) },
  ];
  const iops = ebs.number("iops");
  if (type === "io1" && iops !== undefined) {
    components.push({ name: `Provisioned IOPS${nodes}`, unit: "IOPS", monthlyQuantity: perNode(iops), price: volume("PIOPS") });
  } else if (type === "gp3") {
    const extraIops = Math.max(0, (iops ?? GP3_BASELINE_IOPS) - GP3_BASELINE_IOPS);
    if (extraIops > 0) components.push({ name: `Provisioned IOPS (above 3,000${nodes})`, unit: "IOPS", monthlyQuantity: perNode(extraIops), price: volume("GP3-PIOPS-Storage") });
    const baseline = gp3BaselineThroughput(sizeGb);
    const extraThroughput = Math.max(0, ebs.number("throughput", baseline) - baseline);
    if (extraThroughput > 0) {
      components.push({ name: `Provisioned throughput (above ${baseline} MiBps${nodes})`, unit: "MiBps", monthlyQuantity: perNode(extraThroughput), price: volume("GP3-ThroughPut-Storage") });
    }
  }
  return components;
}

/** gp3 includes 125 MiB/s up to 170 GB, then 250 MiB/s per started 3 TB, at most 1,000 (OpenSearch Service pricing). */
function gp3BaselineThroughput(sizeGb: number): number {
  return sizeGb <= 170 ? 125 : Math.min(1000, Math.ceil(sizeGb / 3000) * 250);
}
