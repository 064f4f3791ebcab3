import { equals } from "../../../pricing/price-query.js";
import { dec } from "../../../shared/decimal.js";
import { UnknownInput } from "../../attributes.js";
import type { CostComponent } from "../../cost-component.js";
import type { ResourceView } from "../../resource-view.js";
import { usageTimes } from "./usage-quantity.js";

/** Terraform `engine` -> Price List `cacheEngine`. */
const CACHE_ENGINES: Readonly<Record<string, string>> = { redis: "Redis", valkey: "Valkey", memcached: "Memcached" };

export const SNAPSHOT_USAGE = {
  snapshot_storage_size_gb: { type: "number", description: "Size of one backup snapshot, GB; one snapshot is free, each further day of retention is billed", example: 10 },
} as const;

export function cacheEngine(engine: string): string {
  const name = CACHE_ENGINES[engine.toLowerCase()];
  if (!name) throw new UnknownInput("engine", `"${engine}" is not redis, valkey or memcached`);
  return name;
}

/** On-demand node hours of `count` nodes of one type. */
export function cacheNodesComponent(region: string, engine: string, nodeType: string, count: number): CostComponent {
  return {
    name: `ElastiCache (on-demand, ${engine}, ${nodeType}${count === 1 ? "" : ` x ${count}`})`,
    unit: "hours",
    hourlyQuantity: dec(count),
    priceUnit: "Hrs",
    price: {
      service: "AmazonElastiCache",
      region,
      productFamily: "Cache Instance",
      attributes: [equals("instanceType", nodeType), equals("cacheEngine", engine), equals("locationType", "AWS Region")],
    },
  };
}

/**
 * Backup storage beyond the one free snapshot: the snapshot's size for each further day of
 * `snapshot_retention_limit` (Redis OSS and Valkey only; Memcached has no snapshots).
 */
export function cacheBackupComponent(r: ResourceView, engine: string): CostComponent | undefined {
  const retention = r.number("snapshot_retention_limit", 0);
  if (engine === "Memcached" || retention <= 1) return undefined;
  return {
    name: "Backup storage",
    unit: "GB",
    monthlyQuantity: usageTimes(r.usage.number("snapshot_storage_size_gb"), retention - 1),
    usageBased: true,
    priceUnit: "GB-Mo",
    price: { service: "AmazonElastiCache", region: r.region, productFamily: "Storage Snapshot", attributes: [equals("locationType", "AWS Region")] },
  };
}
