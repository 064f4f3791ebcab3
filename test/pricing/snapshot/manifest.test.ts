import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Decimal } from "../../../src/shared/decimal.js";
import { describeSnapshot } from "../../../src/pricing/snapshot/describe-snapshot.js";
import { BUNDLED_SNAPSHOT_PATH, loadBundledSnapshot } from "../../../src/pricing/snapshot/load-snapshot.js";
import type { SnapshotManifest } from "../../../src/pricing/snapshot/write-snapshot.js";

const manifestPath = fileURLToPath(new URL("../../../data/prices/manifest.json", import.meta.url));

describe("the committed snapshot and its manifest", () => {
  it("agree: the manifest describes exactly the committed file", async () => {
    const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as SnapshotManifest;
    const bytes = await readFile(BUNDLED_SNAPSHOT_PATH);
    expect(manifest.snapshot.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    const { snapshot: _file, generator: _gen, ...described } = manifest;
    expect(describeSnapshot(await loadBundledSnapshot())).toEqual(described);
  });

  it("dates and licenses every source, and every record cites one", async () => {
    const snapshot = await loadBundledSnapshot();
    for (const s of snapshot.sources.values()) {
      expect(s.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.license).toBeTruthy();
      expect(s.currency).toBe("USD");
    }
    for (const g of snapshot.groups) for (const r of g.records()) expect(snapshot.sources.has(r.source)).toBe(true);
  });

  it("holds only well-formed prices: ascending contiguous tiers, no negative or missing rates", async () => {
    const snapshot = await loadBundledSnapshot();
    const problems: string[] = [];
    for (const g of snapshot.groups) {
      for (const r of g.records()) {
        const where = `${r.service} ${r.region} ${r.productFamily} ${r.attributes.usagetype ?? r.attributes.instanceType}`;
        if (!r.unit) problems.push(`${where}: no unit`);
        r.tiers.forEach((t, i) => {
          if (new Decimal(t.price).isNegative()) problems.push(`${where}: negative price`);
          const next = r.tiers[i + 1];
          if (next && t.to !== next.from) problems.push(`${where}: tier ${i} ends at ${t.to}, next starts at ${next.from}`);
        });
        if (r.region !== "global" && r.attributes.regionCode !== r.region) problems.push(`${where}: regionCode ${r.attributes.regionCode}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("covers the services cost models ask for, across the regions the data holds", async () => {
    const { coverage } = describeSnapshot(await loadBundledSnapshot());
    expect(Object.keys(coverage.AmazonEC2).sort()).toEqual(["eu-west-1", "us-east-1", "us-gov-east-1", "us-gov-west-1"]);
    expect(Object.keys(coverage.AmazonRDS)).toHaveLength(23);
    expect(Object.keys(coverage.AmazonElastiCache).length).toBeGreaterThanOrEqual(34);
    expect(Object.keys(coverage.AmazonES).length).toBeGreaterThanOrEqual(34);
    expect(Object.keys(coverage.AmazonRoute53)).toEqual(["global"]);
  });
});
