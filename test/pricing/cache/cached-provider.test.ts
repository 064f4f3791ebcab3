import { writeFile } from "node:fs/promises";
import path from "node:path";
import { withFileCache } from "../../../src/pricing/cache/cached-provider.js";
import { createFileCache } from "../../../src/pricing/cache/file-cache.js";
import { PriceListUnavailable } from "../../../src/pricing/price-errors.js";
import { equals, type PriceQuery } from "../../../src/pricing/price-query.js";
import { PriceNotFound } from "../../../src/pricing/price.js";
import { fakeProvider, hourly } from "../fake-provider.js";
import { useTempDir } from "../temp-dir.js";

const tmp = useTempDir("cache");

const q = (t: string): PriceQuery => ({ service: "AmazonEC2", region: "us-east-1", attributes: [equals("instanceType", t)] });

describe("the file cache in front of the live source", () => {
  it("answers a restarted process from disk without asking AWS again", async () => {
    const first = fakeProvider({ "t3.micro": hourly("0.0104", "AWS Price List API") });
    await withFileCache(first.provider, createFileCache({ dir: tmp() })).lookup(q("t3.micro"));
    const restarted = fakeProvider({});
    const price = await withFileCache(restarted.provider, createFileCache({ dir: tmp() })).lookup(q("t3.micro"));
    expect(price.tiers[0].unitPrice.toString()).toBe("0.0104");
    expect(price.source.label).toBe("AWS Price List API");
    expect(restarted.calls).toHaveLength(0);
  });

  it("caches 'no such product' but not a failure to reach AWS", async () => {
    const live = fakeProvider({ "t3.down": new PriceListUnavailable("cannot reach the AWS Price List API (ENOTFOUND)", true) });
    const cached = withFileCache(live.provider, createFileCache({ dir: tmp() }));
    await expect(cached.lookup(q("t3.huge"))).rejects.toThrow(PriceNotFound);
    await expect(cached.lookup(q("t3.huge"))).rejects.toThrow("no t3.huge");
    await expect(cached.lookup(q("t3.down"))).rejects.toThrow(PriceListUnavailable);
    await expect(cached.lookup(q("t3.down"))).rejects.toThrow(PriceListUnavailable);
    expect(live.calls.map((c) => (c.attributes[0] as { equals: string }).equals)).toEqual(["t3.huge", "t3.down", "t3.down"]);
  });

  it("keeps pricing when the cache directory cannot be written, with a warning", async () => {
    const warnings: string[] = [];
    const live = fakeProvider({ "t3.micro": hourly("0.0104") });
    const notADir = path.join(tmp(), "a-file");
    await writeFile(notADir, "");
    const cache = createFileCache({ dir: path.join(notADir, "cache") });
    const cached = withFileCache(live.provider, cache, { log: { debug() {}, warn: (_o, m) => warnings.push(m) } });
    expect((await cached.lookup(q("t3.micro"))).tiers[0].unitPrice.toString()).toBe("0.0104");
    expect(warnings).toEqual(["cannot write the price cache; continuing without it"]);
  });
});
