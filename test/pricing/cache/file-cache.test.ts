import { readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createFileCache, defaultCacheDir, WEEK_MS } from "../../../src/pricing/cache/file-cache.js";
import { dec } from "../../../src/shared/decimal.js";
import type { Price } from "../../../src/pricing/price.js";
import { useTempDir } from "../temp-dir.js";

const tmp = useTempDir("cache");

const price: Price = {
  unit: "GB-Mo",
  tiers: [
    { from: dec(0), to: dec(51200), unitPrice: dec("0.023") },
    { from: dec(51200), to: null, unitPrice: dec("0.0000000001234567891") },
  ],
  sku: "WP9ANXZGBYYSGJEA",
  source: { kind: "aws-price-list", label: "AWS Price List API", asOf: "2026-09-01T12:00:00.000Z" },
};

async function onlyEntry(): Promise<string> {
  const sub = path.join(tmp(), "prices-v1");
  const [file] = await readdir(sub);
  return path.join(sub, file);
}

describe("the persistent price cache", () => {
  it("returns exactly the stored price, decimals kept as strings on disk", async () => {
    const cache = createFileCache({ dir: tmp() });
    await cache.set("AmazonS3|us-east-1|Storage", { price });
    const back = await cache.get("AmazonS3|us-east-1|Storage");
    expect(back).toEqual({ price });
    const raw = await readFile(await onlyEntry(), "utf8");
    expect(raw).toContain('"unitPrice":"0.0000000001234567891"');
  });

  it("remembers that AWS has no such product", async () => {
    const cache = createFileCache({ dir: tmp() });
    await cache.set("k", { notFound: "the AWS Price List has no on-demand price for x" });
    expect(await cache.get("k")).toEqual({ notFound: "the AWS Price List has no on-demand price for x" });
  });

  it("expires entries a week after they were stored", async () => {
    let t = Date.parse("2026-09-01T00:00:00Z");
    const cache = createFileCache({ dir: tmp(), now: () => t });
    await cache.set("k", { price });
    t += WEEK_MS - 1;
    expect(await cache.get("k")).toBeDefined();
    t += 2;
    expect(await cache.get("k")).toBeUndefined();
  });

  it("ignores corrupt entries and entries for another key", async () => {
    const cache = createFileCache({ dir: tmp() });
    await cache.set("k", { price });
    const file = await onlyEntry();
    await writeFile(file, '{"key":"k","storedAt":');
    expect(await cache.get("k")).toBeUndefined();
    await writeFile(file, JSON.stringify({ key: "other", storedAt: Date.now(), notFound: "x" }));
    expect(await cache.get("k")).toBeUndefined();
    await writeFile(file, JSON.stringify({ key: "k", storedAt: Date.now(), price: { unit: "Hrs", tiers: [] } }));
    expect(await cache.get("k")).toBeUndefined();
  });

  it("leaves no temporary files behind", async () => {
    const cache = createFileCache({ dir: tmp() });
    await Promise.all(["a", "b", "a", "c"].map((k) => cache.set(k, { price })));
    const files = await readdir(path.join(tmp(), "prices-v1"));
    expect(files).toHaveLength(3);
    expect(files.every((f) => /^[0-9a-f]{64}\.json$/.test(f))).toBe(true);
  });

  it("lives in COSTGATE_CACHE_DIR, else XDG_CACHE_HOME/costgate, else ~/.cache/costgate", () => {
    expect(defaultCacheDir({ COSTGATE_CACHE_DIR: "/tmp/cg", XDG_CACHE_HOME: "/x" })).toBe("/tmp/cg");
    expect(defaultCacheDir({ XDG_CACHE_HOME: "/x" })).toBe("/x/costgate");
    expect(defaultCacheDir({})).toBe(path.join(os.homedir(), ".cache", "costgate"));
  });
});
