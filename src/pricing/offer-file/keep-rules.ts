/**
 * What a snapshot built from offer files keeps: only the product families Costgate's cost
 * models query, and only the attributes a query might filter on. The EC2 file for one region
 * holds ~106k compute products; most are capacity reservations and licence bundles no
 * Terraform resource asks for.
 */
export interface KeepRule {
  families: ReadonlySet<string> | "all";
  keepProduct?: (productFamily: string, attributes: Readonly<Record<string, string>>) => boolean;
}

const COMPUTE = new Set(["Compute Instance", "Compute Instance (bare metal)"]);

export const KEEP_RULES: Readonly<Record<string, KeepRule>> = {
  AmazonEC2: {
    families: new Set([...COMPUTE, "Storage", "System Operation", "Provisioned Throughput", "CPU Credits", "NAT Gateway", "IP Address", "Storage Snapshot"]),
    // Running instances only: no capacity-reservation rows, no pre-installed SQL Server bundles.
    keepProduct: (family, a) => !COMPUTE.has(family) || (a.capacitystatus === "Used" && a.preInstalledSw === "NA"),
  },
  AmazonRDS: {
    families: new Set(["Database Instance", "Database Storage", "Provisioned IOPS", "Provisioned Throughput", "Storage Snapshot", "System Operation", "ServerlessV2", "Serverless", "CPU Credits", "RDSProxy"]),
  },
};

const ANY: KeepRule = { families: "all" };

export function keepRuleFor(service: string): KeepRule {
  return KEEP_RULES[service] ?? ANY;
}

export function keepsProduct(rule: KeepRule, productFamily: string, attributes: Readonly<Record<string, string>>): boolean {
  if (rule.families !== "all" && !rule.families.has(productFamily)) return false;
  return rule.keepProduct?.(productFamily, attributes) ?? true;
}

/** Price List attribute names queries filter on (aws-pricing.md section 4), plus sizing facts models read. */
export const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set([
  "servicecode",
  "regionCode",
  "location",
  "locationType",
  "usagetype",
  "operation",
  "group",
  "groupDescription",
  "instanceType",
  "instanceFamily",
  "operatingSystem",
  "tenancy",
  "preInstalledSw",
  "capacitystatus",
  "licenseModel",
  "marketoption",
  "volumeApiName",
  "volumeType",
  "storageMedia",
  "storageClass",
  "storageFamily",
  "databaseEngine",
  "databaseEdition",
  "deploymentOption",
  "deploymentModel",
  "engineCode",
  "cacheEngine",
  "currentGeneration",
  "queueType",
  "transferType",
  "fromLocation",
  "toLocation",
  "requestType",
  "routingType",
  "vcpu",
  "memory",
]);

export function keptAttributes(attributes: Readonly<Record<string, unknown>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [k, v] of Object.entries(attributes)) if (KEPT_ATTRIBUTES.has(k) && typeof v === "string") kept[k] = v;
  return kept;
}
