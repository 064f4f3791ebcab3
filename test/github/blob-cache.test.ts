import { createBlobCache } from "../../src/github/blob-cache.js";

const loader = (text: string, calls: string[]) => async () => {
  calls.push(text);
  return text;
};

describe("createBlobCache", () => {
  it("evicts the least recently used blobs once the byte budget is exceeded", async () => {
    const calls: string[] = [];
    const cache = createBlobCache({ maxBytes: 10 });
    await cache.get("a", loader("aaaa", calls));
    await cache.get("b", loader("bbbb", calls));
    await cache.get("a", loader("aaaa", calls)); // a is now the most recently used
    await cache.get("c", loader("cccc", calls)); // 12 bytes: b goes
    expect(cache.stats).toMatchObject({ bytes: 8, entries: 2, evictions: 1, hits: 1 });
    await cache.get("a", loader("aaaa", calls));
    await cache.get("b", loader("bbbb", calls));
    expect(calls).toEqual(["aaaa", "bbbb", "cccc", "bbbb"]);
  });

  it("counts bytes in UTF-8", async () => {
    const cache = createBlobCache({ maxBytes: 100 });
    await cache.get("euro", async () => "€€");
    expect(cache.stats.bytes).toBe(6);
  });

  it("returns a blob larger than the whole budget without keeping it", async () => {
    const calls: string[] = [];
    const cache = createBlobCache({ maxBytes: 3 });
    expect(await cache.get("big", loader("too big", calls))).toBe("too big");
    await cache.get("big", loader("too big", calls));
    expect(calls).toHaveLength(2);
    expect(cache.stats).toMatchObject({ bytes: 0, entries: 0 });
  });

  it("forgets a failed load so the next read tries again, and shares the failure with joined reads", async () => {
    const cache = createBlobCache();
    const failing = cache.get("x", async () => {
      throw new Error("boom");
    });
    const joined = cache.get("x", async () => "never called");
    await expect(failing).rejects.toThrow("boom");
    await expect(joined).rejects.toThrow("boom");
    expect(await cache.get("x", async () => "ok")).toBe("ok");
    expect(cache.stats).toMatchObject({ fetches: 2, joined: 1 });
  });
});
