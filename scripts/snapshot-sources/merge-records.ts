import type { PriceRecord, SnapshotSourceInfo } from "../../src/pricing/price-record.js";

/** The attributes that tell two products apart; the rest (location, operation...) describe them. */
const IDENTITY = [
  "usagetype",
  "instanceType",
  "operatingSystem",
  "tenancy",
  "databaseEngine",
  "databaseEdition",
  "licenseModel",
  "deploymentOption",
  "cacheEngine",
  "volumeApiName",
  "volumeType",
  "storageMedia",
  "storageClass",
  "queueType",
  "group",
  "transferType",
  "requestType",
  "fromLocation",
] as const;

export function identityOf(r: PriceRecord): string {
  return [r.service, r.region, r.productFamily, ...IDENTITY.map((k) => r.attributes[k] ?? "")].join("|");
}

/**
 * One record per product: where two sources price the same product (eu-west-1 RDS in 2021
 * and 2023), the newer data date wins. Two records for one product from the same source are
 * a converter bug and fail the build.
 */
export function mergeRecords(parts: readonly { sources: SnapshotSourceInfo[]; records: PriceRecord[] }[]): {
  sources: SnapshotSourceInfo[];
  records: PriceRecord[];
  replaced: number;
} {
  const sources = new Map<string, SnapshotSourceInfo>();
  for (const s of parts.flatMap((p) => p.sources)) {
    const seen = sources.get(s.id);
    if (seen && JSON.stringify(seen) !== JSON.stringify(s)) throw new Error(`source ${s.id} is defined twice, differently`);
    sources.set(s.id, s);
  }
  const asOf = (r: PriceRecord) => sources.get(r.source)?.asOf ?? "";
  const chosen = new Map<string, PriceRecord>();
  let replaced = 0;
  for (const r of parts.flatMap((p) => p.records)) {
    const id = identityOf(r);
    const prior = chosen.get(id);
    if (prior?.source === r.source) throw new Error(`two records for one product from ${r.source}: ${id}`);
    if (!prior || asOf(r) > asOf(prior)) {
      if (prior) replaced++;
      chosen.set(id, r);
    } else replaced++;
  }
  const used = new Set([...chosen.values()].map((r) => r.source));
  return { sources: [...sources.values()].filter((s) => used.has(s.id)).sort((a, b) => (a.id < b.id ? -1 : 1)), records: [...chosen.values()], replaced };
}
