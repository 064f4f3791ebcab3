import type { PriceRecord, RecordTier, SnapshotSourceInfo } from "../price-record.js";

export const SNAPSHOT_FORMAT = "costgate-price-snapshot";
export const SNAPSHOT_FORMAT_VERSION = 1;

/**
 * The committed file (gzipped JSON). Records are grouped by service|region|productFamily,
 * which is also the lookup index; attributes every row of a group shares are stored once in
 * `common`, the rest as columns, so ~30k records stay small and parse fast.
 */
export interface SnapshotFile {
  format: typeof SNAPSHOT_FORMAT;
  formatVersion: typeof SNAPSHOT_FORMAT_VERSION;
  /** What wrote the file, e.g. "scripts/build-snapshot.ts". */
  generator: string;
  sources: SnapshotSourceInfo[];
  groups: GroupJson[];
}

export interface GroupJson {
  service: string;
  region: string;
  productFamily: string;
  common: Record<string, string>;
  columns: string[];
  rows: RowJson[];
}

/** A single open tier from 0 is just its price; otherwise [from, to|null, price] per tier. */
type TiersJson = string | [string, string | null, string][];
/** [column values (null = attribute absent), unit, tiers, index into sources, sku, description] */
export type RowJson = [(string | null)[], string, TiersJson, number, (string | null)?, (string | null)?];

export function encodeSnapshot(records: readonly PriceRecord[], sources: readonly SnapshotSourceInfo[], generator: string): SnapshotFile {
  const sourceIndex = new Map(sources.map((s, i) => [s.id, i]));
  const byGroup = new Map<string, PriceRecord[]>();
  for (const r of records) {
    if (!sourceIndex.has(r.source)) throw new Error(`[costgate] record ${r.service} ${r.region} cites unknown source ${r.source}`);
    const key = groupKey(r.service, r.region, r.productFamily);
    const list = byGroup.get(key) ?? [];
    list.push(r);
    byGroup.set(key, list);
  }
  const groups = [...byGroup.keys()].sort().map((key) => encodeGroup(byGroup.get(key)!, sourceIndex));
  return { format: SNAPSHOT_FORMAT, formatVersion: SNAPSHOT_FORMAT_VERSION, generator, sources: [...sources], groups };
}

function encodeGroup(records: PriceRecord[], sourceIndex: Map<string, number>): GroupJson {
  const first = records[0];
  const keys = [...new Set(records.flatMap((r) => Object.keys(r.attributes)))].sort();
  const common: Record<string, string> = {};
  const columns: string[] = [];
  for (const k of keys) {
    const v = first.attributes[k];
    if (v !== undefined && records.every((r) => r.attributes[k] === v)) common[k] = v;
    else columns.push(k);
  }
  const rows = records.map((r): RowJson => {
    const row: RowJson = [columns.map((c) => r.attributes[c] ?? null), r.unit, encodeTiers(r.tiers), sourceIndex.get(r.source)!];
    if (r.sku !== undefined || r.description !== undefined) row.push(r.sku ?? null);
    if (r.description !== undefined) row.push(r.description);
    return row;
  });
  rows.sort((a, b) => compareRows(a, b));
  return { service: first.service, region: first.region, productFamily: first.productFamily, common, columns, rows };
}

function encodeTiers(tiers: readonly RecordTier[]): TiersJson {
  if (tiers.length === 1 && tiers[0].to === null && Number(tiers[0].from) === 0) return tiers[0].price;
  return tiers.map((t) => [t.from, t.to, t.price]);
}

function compareRows(a: RowJson, b: RowJson): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function groupKey(service: string, region: string, productFamily: string): string {
  return `${service}|${region}|${productFamily}`;
}

/** The records of one group; `sourceIds` maps a row's source index to the source id. */
export function decodeGroup(g: GroupJson, sourceIds: readonly string[]): PriceRecord[] {
  return g.rows.map(([values, unit, tiers, source, sku, description]) => {
    const attributes: Record<string, string> = { ...g.common };
    g.columns.forEach((c, i) => {
      if (values[i] !== null) attributes[c] = values[i]!;
    });
    return {
      service: g.service,
      region: g.region,
      productFamily: g.productFamily,
      attributes,
      unit,
      tiers: typeof tiers === "string" ? [{ from: "0", to: null, price: tiers }] : tiers.map(([from, to, price]) => ({ from, to, price })),
      ...(sku != null && { sku }),
      ...(description != null && { description }),
      source: sourceIds[source],
    };
  });
}

/** Rejects anything that is not a snapshot this version can read, naming the file. */
export function assertSnapshotFile(data: unknown, file: string): asserts data is SnapshotFile {
  const d = data as Partial<SnapshotFile> | null;
  if (!d || d.format !== SNAPSHOT_FORMAT) throw new Error(`[costgate] ${file} is not a Costgate price snapshot (no "format": "${SNAPSHOT_FORMAT}")`);
  if (d.formatVersion !== SNAPSHOT_FORMAT_VERSION) {
    throw new Error(`[costgate] ${file} has snapshot format version ${String(d.formatVersion)}; this Costgate reads version ${SNAPSHOT_FORMAT_VERSION}: rebuild it with \`costgate prices build\``);
  }
  if (!Array.isArray(d.sources) || !Array.isArray(d.groups)) throw new Error(`[costgate] ${file} is missing "sources" or "groups"`);
}
