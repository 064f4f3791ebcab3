import type { SnapshotSourceInfo } from "../price-record.js";
import type { Snapshot } from "./snapshot.js";

export interface SnapshotDescription {
  records: number;
  services: string[];
  regions: string[];
  /** service -> region -> records */
  coverage: Record<string, Record<string, number>>;
  sources: (SnapshotSourceInfo & { records: number })[];
  dataDates: { oldest: string; newest: string };
}

/** What a snapshot covers, for `costgate prices info` and the committed manifest. */
export function describeSnapshot(snapshot: Snapshot): SnapshotDescription {
  const coverage: Record<string, Record<string, number>> = {};
  const perSource = new Map<string, number>();
  let records = 0;
  for (const g of snapshot.groups) {
    const byRegion = (coverage[g.service] ??= {});
    byRegion[g.region] = (byRegion[g.region] ?? 0) + g.size;
    records += g.size;
    for (const r of g.records()) perSource.set(r.source, (perSource.get(r.source) ?? 0) + 1);
  }
  const sources = [...snapshot.sources.values()]
    .filter((s) => perSource.has(s.id))
    .map((s) => ({ ...s, records: perSource.get(s.id)! }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const dates = sources.map((s) => s.asOf).sort();
  return {
    records,
    services: Object.keys(coverage).sort(),
    regions: [...new Set(snapshot.groups.map((g) => g.region))].sort(),
    coverage: sortKeys(Object.fromEntries(Object.entries(coverage).map(([s, r]) => [s, sortKeys(r)]))),
    sources,
    dataDates: { oldest: dates[0] ?? "", newest: dates[dates.length - 1] ?? "" },
  };
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The description as terminal text: totals, then per service the regions and counts, then sources. */
export function formatSnapshotDescription(d: SnapshotDescription): string {
  const lines = [
    `${d.records} prices, ${d.services.length} services, ${d.regions.length} regions; data from ${d.dataDates.oldest} to ${d.dataDates.newest}`,
    "",
    "Coverage (records per region):",
  ];
  for (const service of d.services) {
    const regions = Object.entries(d.coverage[service]).map(([r, n]) => `${r} ${n}`);
    lines.push(`  ${service}: ${regions.join(", ")}`);
  }
  lines.push("", "Sources:");
  for (const s of d.sources) {
    const where = [s.repo, s.path, s.commit?.slice(0, 12)].filter(Boolean).join(" ");
    lines.push(`  ${s.id} (${s.records} prices, data ${s.asOf}${s.license ? `, ${s.license}` : ""}): ${s.label}${where ? ` [${where}]` : ""}`);
    for (const note of s.notes ?? []) lines.push(`    - ${note}`);
  }
  return `${lines.join("\n")}\n`;
}
