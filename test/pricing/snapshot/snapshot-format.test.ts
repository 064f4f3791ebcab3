import { gzipSync } from "node:zlib";
import type { PriceRecord, SnapshotSourceInfo } from "../../../src/pricing/price-record.js";
import { parseSnapshotFile } from "../../../src/pricing/snapshot/load-snapshot.js";
import { decodeGroup, encodeSnapshot } from "../../../src/pricing/snapshot/snapshot-format.js";
import { createSnapshot } from "../../../src/pricing/snapshot/snapshot.js";

const source = (id: string, asOf: string): SnapshotSourceInfo => ({ id, kind: "snapshot", label: id, asOf, currency: "USD" });
const rec = (instanceType: string, price: string, extra: Partial<PriceRecord> = {}): PriceRecord => ({
  service: "AmazonEC2",
  region: "us-east-1",
  productFamily: "Compute Instance",
  attributes: { instanceType, tenancy: "Shared", regionCode: "us-east-1", usagetype: `BoxUsage:${instanceType}` },
  unit: "Hrs",
  tiers: [{ from: "0", to: null, price }],
  source: "a",
  ...extra,
});

describe("snapshot file format", () => {
  it("round-trips records, storing shared attributes once and tiers compactly", () => {
    const records = [
      rec("t3.micro", "0.0104"),
      rec("m5.large", "0.096", { sku: "SKU1", description: "note" }),
      { ...rec("x", "0"), tiers: [{ from: "0", to: "1", price: "0" }, { from: "1", to: null, price: "0.005" }], attributes: { regionCode: "us-east-1", tenancy: "Shared" } },
    ];
    const file = encodeSnapshot(records, [source("a", "2026-01-01")], "test");
    expect(file.groups).toHaveLength(1);
    expect(file.groups[0].common).toEqual({ regionCode: "us-east-1", tenancy: "Shared" });
    expect(file.groups[0].columns).toEqual(["instanceType", "usagetype"]);
    const back = decodeGroup(file.groups[0], ["a"]);
    expect(back).toHaveLength(3);
    expect(back).toEqual(expect.arrayContaining(records));
  });

  it("lets a user-built snapshot replace the bundled groups it covers, and only those", () => {
    const bundled = encodeSnapshot([rec("t3.micro", "0.0104"), { ...rec("gp3", "0.08"), productFamily: "Storage" }], [source("a", "2026-01-01")], "bundled");
    const built = encodeSnapshot([rec("t3.micro", "0.0110", { source: "b" })], [source("b", "2026-09-01")], "offer files");
    const s = createSnapshot([
      { file: built, label: "mine.json.gz" },
      { file: bundled, label: "snapshot.json.gz" },
    ]);
    const compute = s.groupsFor("AmazonEC2", "us-east-1", "Compute Instance")[0].records();
    expect(compute.map((r) => [r.tiers[0].price, r.source])).toEqual([["0.0110", "b"]]);
    expect(s.groupsFor("AmazonEC2", "us-east-1", "Storage")[0].records()[0].tiers[0].price).toBe("0.08");
    expect(s.groupsFor("AmazonEC2", "us-east-1")).toHaveLength(2);
  });

  it("keeps two files' sources apart when they reuse an id for different data", () => {
    const one = encodeSnapshot([rec("t3.micro", "1")], [source("a", "2026-01-01")], "x");
    const two = encodeSnapshot([{ ...rec("gp3", "2"), productFamily: "Storage" }], [source("a", "2020-01-01")], "y");
    const s = createSnapshot([
      { file: one, label: "one" },
      { file: two, label: "two" },
    ]);
    const storage = s.groupsFor("AmazonEC2", "us-east-1", "Storage")[0].records()[0];
    expect(s.sources.get(storage.source)?.asOf).toBe("2020-01-01");
  });

  it("reads gzipped and plain files and names the file when it is not a snapshot", () => {
    const file = encodeSnapshot([rec("t3.micro", "1")], [source("a", "2026-01-01")], "x");
    expect(parseSnapshotFile(gzipSync(JSON.stringify(file)), "a.gz").groups).toHaveLength(1);
    expect(parseSnapshotFile(Buffer.from(JSON.stringify(file)), "a.json").groups).toHaveLength(1);
    expect(() => parseSnapshotFile(Buffer.from("{}"), "prices.json")).toThrow('prices.json is not a Costgate price snapshot');
    expect(() => parseSnapshotFile(Buffer.from(JSON.stringify({ ...file, formatVersion: 9 })), "old.json")).toThrow(/old.json has snapshot format version 9.*costgate prices build/);
    expect(() => parseSnapshotFile(Buffer.from("{not json"), "broken.json")).toThrow(/cannot read price snapshot broken.json/);
  });
});
