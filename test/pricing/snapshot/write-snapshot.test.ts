import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { PriceRecord, SnapshotSourceInfo } from "../../../src/pricing/price-record.js";
import { writeSnapshot } from "../../../src/pricing/snapshot/write-snapshot.js";
import { useTempDir } from "../temp-dir.js";

const tmp = useTempDir("snap");

const sources: SnapshotSourceInfo[] = [{ id: "s", kind: "snapshot", label: "test data", asOf: "2026-01-01", currency: "USD", license: "MIT" }];
const records: PriceRecord[] = ["t3.micro", "t3.small", "m5.large"].map((t, i) => ({
  service: "AmazonEC2",
  region: i === 2 ? "eu-west-1" : "us-east-1",
  productFamily: "Compute Instance",
  attributes: { instanceType: t },
  unit: "Hrs",
  tiers: [{ from: "0", to: null, price: String(0.01 * (i + 1)) }],
  source: "s",
}));

describe("writing a snapshot", () => {
  it("writes the same bytes for the same prices in any order, with a manifest beside it", async () => {
    const a = path.join(tmp(), "a", "snapshot.json.gz");
    const b = path.join(tmp(), "b", "snapshot.json.gz");
    const m1 = await writeSnapshot({ records, sources, generator: "test", out: a });
    const m2 = await writeSnapshot({ records: [...records].reverse(), sources, generator: "test", out: b });
    expect(await readFile(a)).toEqual(await readFile(b));
    expect(m1).toEqual(m2);
    expect(await readFile(path.join(tmp(), "a", "manifest.json"), "utf8")).toEqual(await readFile(path.join(tmp(), "b", "manifest.json"), "utf8"));
    expect(m1.coverage).toEqual({ AmazonEC2: { "eu-west-1": 1, "us-east-1": 2 } });
    expect(m1.sources).toEqual([{ ...sources[0], records: 3 }]);
    expect((await readdir(path.join(tmp(), "a"))).sort()).toEqual(["manifest.json", "snapshot.json.gz"]);
  });

  it("refuses a record that cites a source the snapshot does not describe", async () => {
    await expect(writeSnapshot({ records: [{ ...records[0], source: "nowhere" }], sources, generator: "test", out: path.join(tmp(), "x.gz") })).rejects.toThrow("cites unknown source nowhere");
  });
});
