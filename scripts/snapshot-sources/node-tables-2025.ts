import type { PriceRecord, SnapshotSourceInfo } from "../../src/pricing/price-record.js";
import { regionInfo } from "../../src/pricing/regions.js";
import { dec, flat, record, usagetype } from "./kit.js";

export const ELASTICACHE_FILE = "elasticache-node-hourly-2025-04.json";
export const OPENSEARCH_FILE = "opensearch-instance-hourly-2025-04.json";

interface Meta {
  _meta: { source: { repo: string; license: string; path: string; commit: string; data_date: string } };
}

function leanerCloudSource(id: string, what: string, file: string, m: Meta["_meta"]["source"], skipped: string[]): SnapshotSourceInfo {
  return {
    id,
    kind: "snapshot",
    label: `${what} table from ${m.repo} (2025-04-24)`,
    asOf: "2025-04-24",
    currency: "USD",
    license: m.license,
    repo: m.repo,
    path: m.path,
    commit: m.commit,
    file,
    notes: skipped.length ? [`regions not imported (no billing-code prefix known): ${skipped.join(", ")}`] : [],
  };
}

/** Local Zones such as us-west-2-lax-1 have their own location and prefix; not modelled. */
function knownRegions<T>(regions: Record<string, T>): { kept: [string, T][]; skipped: string[] } {
  const kept = Object.entries(regions).filter(([r]) => regionInfo(r));
  return { kept, skipped: Object.keys(regions).filter((r) => !regionInfo(r)) };
}

export function convertElastiCache(data: Meta & { regions: Record<string, Record<string, Record<string, number>>> }) {
  const { kept, skipped } = knownRegions(data.regions);
  const source = leanerCloudSource("leanercloud-elasticache-2025-04", "ElastiCache node", ELASTICACHE_FILE, data._meta.source, skipped);
  const records: PriceRecord[] = kept.flatMap(([region, engines]) =>
    Object.entries(engines).flatMap(([cacheEngine, nodes]) =>
      Object.entries(nodes).map(([instanceType, price]) => elastiCacheNode(region, cacheEngine, instanceType, dec(price), source.id)),
    ),
  );
  return { sources: [source], records };
}

export function elastiCacheNode(region: string, cacheEngine: string, instanceType: string, price: string, source: string): PriceRecord {
  return record({
    service: "AmazonElastiCache",
    region,
    productFamily: "Cache Instance",
    attributes: { instanceType, cacheEngine, usagetype: usagetype(region, `NodeUsage:${instanceType}`, "legacy") },
    unit: "Hrs",
    tiers: flat(price),
    source,
  });
}

export function convertOpenSearch(data: Meta & { regions: Record<string, Record<string, number>> }) {
  const { kept, skipped } = knownRegions(data.regions);
  const source = leanerCloudSource("leanercloud-opensearch-2025-04", "OpenSearch instance", OPENSEARCH_FILE, data._meta.source, skipped);
  const records: PriceRecord[] = kept.flatMap(([region, types]) =>
    Object.entries(types).map(([instanceType, price]) =>
      record({
        service: "AmazonES",
        region,
        productFamily: "Amazon OpenSearch Service Instance",
        // The usagetype names the type without ".search" (ESInstance:r6g.large).
        attributes: { instanceType, operation: "ESDomain", usagetype: usagetype(region, `ESInstance:${instanceType.replace(/\.search$/, "")}`, "legacy") },
        unit: "Hrs",
        tiers: flat(dec(price)),
        source: source.id,
      }),
    ),
  );
  return { sources: [source], records };
}
