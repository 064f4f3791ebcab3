import type { PriceRecord, SnapshotSourceInfo } from "../price-record.js";
import { decodeGroup, groupKey, type GroupJson, type SnapshotFile } from "./snapshot-format.js";

/** The records of one service|region|productFamily, decoded on first use. */
export interface SnapshotGroup {
  readonly service: string;
  readonly region: string;
  readonly productFamily: string;
  readonly size: number;
  records(): readonly PriceRecord[];
  /** Records whose attribute `key` equals `value`, from an index built on first use. */
  withAttribute(key: string, value: string): readonly PriceRecord[];
}

export interface Snapshot {
  readonly sources: ReadonlyMap<string, SnapshotSourceInfo>;
  readonly groups: readonly SnapshotGroup[];
  /** The groups a query can match: one family, or every family of the service in the region. */
  groupsFor(service: string, region: string, productFamily?: string): readonly SnapshotGroup[];
  hasServiceRegion(service: string, region: string): boolean;
}

/**
 * Several snapshot files as one. Earlier files win group by group, so a snapshot the user
 * built from offer files for eu-west-2 RDS replaces exactly those groups of the bundled one.
 */
export function createSnapshot(files: readonly { file: SnapshotFile; label: string }[]): Snapshot {
  const sources = new Map<string, SnapshotSourceInfo>();
  const byKey = new Map<string, SnapshotGroup>();
  const byServiceRegion = new Map<string, SnapshotGroup[]>();

  for (const { file, label } of files) {
    const ids = file.sources.map((s) => registerSource(sources, s, label));
    for (const g of file.groups) {
      const key = groupKey(g.service, g.region, g.productFamily);
      if (byKey.has(key)) continue;
      const group = lazyGroup(g, ids);
      byKey.set(key, group);
      const sr = `${g.service}|${g.region}`;
      byServiceRegion.set(sr, [...(byServiceRegion.get(sr) ?? []), group]);
    }
  }

  return {
    sources,
    groups: [...byKey.values()],
    groupsFor(service, region, productFamily) {
      if (productFamily !== undefined) {
        const g = byKey.get(groupKey(service, region, productFamily));
        return g ? [g] : [];
      }
      return byServiceRegion.get(`${service}|${region}`) ?? [];
    },
    hasServiceRegion: (service, region) => byServiceRegion.has(`${service}|${region}`),
  };
}

/** Two files may both say "offer-AmazonEC2-us-east-1" for different data: keep both apart. */
function registerSource(sources: Map<string, SnapshotSourceInfo>, s: SnapshotSourceInfo, label: string): string {
  const existing = sources.get(s.id);
  if (!existing) {
    sources.set(s.id, s);
    return s.id;
  }
  if (JSON.stringify(existing) === JSON.stringify(s)) return s.id;
  const id = `${label}#${s.id}`;
  sources.set(id, { ...s, id });
  return id;
}

function lazyGroup(g: GroupJson, sourceIds: readonly string[]): SnapshotGroup {
  let records: PriceRecord[] | undefined;
  const indexes = new Map<string, Map<string, PriceRecord[]>>();
  const all = () => (records ??= decodeGroup(g, sourceIds));
  return {
    service: g.service,
    region: g.region,
    productFamily: g.productFamily,
    size: g.rows.length,
    records: all,
    withAttribute(key, value) {
      if (key in g.common) return g.common[key] === value ? all() : [];
      let index = indexes.get(key);
      if (!index) {
        index = new Map();
        for (const r of all()) {
          const v = r.attributes[key] ?? "";
          index.set(v, [...(index.get(v) ?? []), r]);
        }
        indexes.set(key, index);
      }
      return index.get(value) ?? [];
    },
  };
}
