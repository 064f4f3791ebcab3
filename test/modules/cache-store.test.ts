import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { cachedOrLoad, createCacheStore } from "../../src/modules/cache-store.js";
import { createSingleFlight } from "../../src/modules/single-flight.js";

describe("createCacheStore", () => {
  let dir: string;
  let clock = 0;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "costgate-store-"));
    clock = 1_000_000;
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("returns an entry while it is younger than the caller's max age, from memory and from disk", async () => {
    const store = createCacheStore({ dir, now: () => clock });
    await store.putEntry("registry-versions:x", ["1.0.0"]);
    clock += 1000;
    expect(await store.getEntry("registry-versions:x", 1000)).toEqual(["1.0.0"]);
    expect(await store.getEntry("registry-versions:x", 999)).toBeUndefined();
    const reopened = createCacheStore({ dir, now: () => clock });
    expect(await reopened.getEntry("registry-versions:x", 1000)).toEqual(["1.0.0"]);
    expect(await reopened.getEntry("registry-versions:y", Infinity)).toBeUndefined();
  });

  it("stores objects under their sha256 or the id given", async () => {
    const store = createCacheStore({ dir });
    const id = await store.putObject("resource {}");
    expect(id).toBe(createHash("sha256").update("resource {}").digest("hex"));
    expect(await createCacheStore({ dir }).getObject(id)).toBe("resource {}");
    await store.putObject("blob text", { id: "a".repeat(40) });
    expect(await createCacheStore({ dir }).getObject("a".repeat(40))).toBe("blob text");
    expect(await store.getObject("../../etc/passwd")).toBeUndefined();
  });

  it("keeps working in memory when the directory cannot be written", async () => {
    const blocked = path.join(dir, "file-not-dir");
    await writeFile(blocked, "");
    const store = createCacheStore({ dir: blocked });
    await expect(store.putEntry("k", 1)).resolves.toBeUndefined();
    expect(await store.getEntry("k", Infinity)).toBe(1);
  });
});

describe("cachedOrLoad", () => {
  it("loads once for concurrent callers and not again while fresh", async () => {
    const deps = { store: createCacheStore({}), singleFlight: createSingleFlight() };
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 5));
      return "v";
    };
    expect(await Promise.all([cachedOrLoad(deps, "k", 1000, load), cachedOrLoad(deps, "k", 1000, load)])).toEqual(["v", "v"]);
    expect(await cachedOrLoad(deps, "k", 1000, load)).toBe("v");
    expect(loads).toBe(1);
  });

  it("does not cache a failure", async () => {
    const deps = { store: createCacheStore({}), singleFlight: createSingleFlight() };
    await expect(cachedOrLoad(deps, "k", 1000, async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cachedOrLoad(deps, "k", 1000, async () => "up")).toBe("up");
  });
});
