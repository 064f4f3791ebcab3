import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import nock from "nock";
import { defaultModuleCacheDir } from "../../src/modules/cache-dir.js";
import { createModuleFetcher } from "../../src/modules/create-module-fetcher.js";
import { sha256 } from "../../src/modules/cache-store.js";
import { networkArchive, networkCommit } from "./helpers/fixtures.js";
import { mockCodeload, mockDiscovery, mockDownload, mockVersions, useCleanNock, useTempCacheDir } from "./helpers/mocks.js";
import { repoTarGz } from "./helpers/tar-builder.js";

const HOUR = 3_600_000;
const NETWORK = "acme/network/aws";

function mockRegistryModule() {
  return [mockDiscovery(), mockVersions(NETWORK, ["1.1.0", "1.2.0"]), mockDownload(NETWORK, "1.2.0", "git::https://github.com/acme/terraform-aws-network.git?ref=v1.2.0")];
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe("module cache", () => {
  useCleanNock();
  const cacheDir = useTempCacheDir();
  let clock = Date.UTC(2025, 2, 4, 12);
  const now = () => clock;
  beforeEach(() => {
    clock = Date.UTC(2025, 2, 4, 12);
  });
  const fetcher = () => createModuleFetcher({ cacheDir: cacheDir(), now });

  it("answers a second fetch without any request", async () => {
    mockRegistryModule();
    mockCodeload("acme", "terraform-aws-network", "v1.2.0", networkArchive);
    const f = fetcher();
    const first = await f.fetch({ source: NETWORK, version: "~> 1.0" });
    expect(nock.pendingMocks()).toEqual([]);
    const second = await f.fetch({ source: `${NETWORK}//modules/endpoints`, version: "~> 1.0" });
    expect(second).toMatchObject({ dir: "modules/endpoints", resolved: "1.2.0" });
    expect(second.tree).toBe(first.tree);
  });

  it("survives the process: a new fetcher on the same directory makes no request", async () => {
    mockRegistryModule();
    mockCodeload("acme", "terraform-aws-network", "v1.2.0", networkArchive);
    await fetcher().fetch({ source: NETWORK });
    const module = await fetcher().fetch({ source: NETWORK });
    expect(module.resolved).toBe("1.2.0");
    expect(await module.tree.read("versions.tf")).toContain("hashicorp/aws");
  });

  it("writes atomically into objects/ and entries/ and leaves no temp files", async () => {
    mockRegistryModule();
    mockCodeload("acme", "terraform-aws-network", "v1.2.0", networkArchive);
    await fetcher().fetch({ source: NETWORK });
    const files = await listFiles(cacheDir());
    expect(files.every((f) => /^(objects|entries)\/[0-9a-f]{2}\/[0-9a-f]{40,64}(\.json)?$/.test(f))).toBe(true);
    const objects = files.filter((f) => f.startsWith("objects/"));
    expect(objects).toHaveLength(1);
    const content = await readFile(path.join(cacheDir(), objects[0]!), "utf8");
    expect(path.basename(objects[0]!)).toBe(sha256(content)); // content-addressed
  });

  it("lists registry versions again after a day, but not the download or the archive", async () => {
    mockRegistryModule();
    mockCodeload("acme", "terraform-aws-network", "v1.2.0", networkArchive);
    await fetcher().fetch({ source: NETWORK });
    clock += 25 * HOUR;
    const again = [mockDiscovery(), mockVersions(NETWORK, ["1.1.0", "1.2.0"])];
    expect((await fetcher().fetch({ source: NETWORK })).resolved).toBe("1.2.0");
    for (const scope of again) expect(scope.isDone()).toBe(true);
  });

  it("keeps a tag's archive indefinitely and looks a branch up again after five minutes", async () => {
    mockCodeload("acme", "terraform-aws-network", "v1.2.0", networkArchive);
    mockCodeload("acme", "terraform-aws-network", "main", repoTarGz("terraform-aws-network-main", { "main.tf": "# old\n" }, "d".repeat(40)));
    const f = fetcher();
    await f.fetch({ source: "github.com/acme/terraform-aws-network?ref=v1.2.0" });
    await f.fetch({ source: "github.com/acme/terraform-aws-network?ref=main" });

    clock += 4 * 60_000;
    expect((await f.fetch({ source: "github.com/acme/terraform-aws-network?ref=main" })).resolved).toBe("d".repeat(40));

    clock += 2 * 60_000 + 30 * 24 * HOUR;
    const moved = mockCodeload("acme", "terraform-aws-network", "main", repoTarGz("terraform-aws-network-main", { "main.tf": "# new\n" }, "e".repeat(40)));
    const branch = await f.fetch({ source: "github.com/acme/terraform-aws-network?ref=main" });
    expect(branch.resolved).toBe("e".repeat(40));
    expect(await branch.tree.read("main.tf")).toBe("# new\n");
    expect((await f.fetch({ source: "github.com/acme/terraform-aws-network?ref=v1.2.0" })).resolved).toBe(networkCommit);
    expect(moved.isDone()).toBe(true);
  });

  it("answers a later request by commit SHA from the tag's archive", async () => {
    mockCodeload("acme", "terraform-aws-network", "v1.2.0", networkArchive);
    const f = fetcher();
    await f.fetch({ source: "github.com/acme/terraform-aws-network?ref=v1.2.0" });
    expect((await f.fetch({ source: `github.com/acme/terraform-aws-network//modules/flow-logs?ref=${networkCommit}` })).dir).toBe("modules/flow-logs");
  });

  it("fetches once for module blocks that share a source, or a repository and ref, in flight", async () => {
    mockRegistryModule();
    const codeload = nock("https://codeload.github.com").get("/acme/terraform-aws-network/tar.gz/v1.2.0").once().delay(30).reply(200, networkArchive);
    const f = fetcher();
    const results = await Promise.all([
      f.fetch({ source: NETWORK, version: "1.2.0" }),
      f.fetch({ source: NETWORK, version: "1.2.0" }),
      f.fetch({ source: "github.com/acme/terraform-aws-network//modules/flow-logs?ref=v1.2.0" }),
      f.fetch({ source: "git::https://github.com/acme/terraform-aws-network.git//modules/endpoints?ref=v1.2.0" }),
    ]);
    expect(codeload.isDone()).toBe(true);
    expect(results.map((r) => r.dir)).toEqual([".", ".", "modules/flow-logs", "modules/endpoints"]);
    expect(new Set(results.map((r) => r.tree)).size).toBe(1);
  });

  it("treats a corrupt cache file as a miss", async () => {
    mockCodeload("acme", "terraform-aws-network", "v1.2.0", networkArchive);
    await fetcher().fetch({ source: "github.com/acme/terraform-aws-network?ref=v1.2.0" });
    for (const file of await listFiles(cacheDir())) await writeFile(path.join(cacheDir(), file), "{torn");
    const refetch = mockCodeload("acme", "terraform-aws-network", "v1.2.0", networkArchive);
    expect((await fetcher().fetch({ source: "github.com/acme/terraform-aws-network?ref=v1.2.0" })).resolved).toBe(networkCommit);
    expect(refetch.isDone()).toBe(true);
  });

  it("writes nothing to disk with cacheDir: false", async () => {
    process.env.COSTGATE_CACHE_DIR = cacheDir();
    try {
      mockCodeload("acme", "terraform-aws-network", "v1.2.0", networkArchive);
      await createModuleFetcher({ cacheDir: false }).fetch({ source: "github.com/acme/terraform-aws-network?ref=v1.2.0" });
      expect(await listFiles(cacheDir())).toEqual([]);
    } finally {
      delete process.env.COSTGATE_CACHE_DIR;
    }
  });

  it("limits concurrent downloads", async () => {
    let running = 0;
    let peak = 0;
    const slowFetch: typeof fetch = async (input) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running--;
      const repo = String(input).split("/")[4]!;
      return new Response(new Uint8Array(repoTarGz(`${repo}-1.0.0`, { "main.tf": `# ${repo}\n` }, "f".repeat(40))), { status: 200 });
    };
    const f = createModuleFetcher({ cacheDir: false, fetch: slowFetch, concurrency: 2 });
    const modules = await Promise.all(["a", "b", "c", "d", "e", "f"].map((r) => f.fetch({ source: `github.com/acme/mod-${r}?ref=v1.0.0` })));
    expect(await Promise.all(modules.map((m) => m.tree.read("main.tf")))).toEqual(["a", "b", "c", "d", "e", "f"].map((r) => `# mod-${r}\n`));
    expect(peak).toBe(2);
  });
});

describe("defaultModuleCacheDir", () => {
  it.each<[NodeJS.ProcessEnv, RegExp]>([
    [{ COSTGATE_CACHE_DIR: "/var/cache/cg" }, /^\/var\/cache\/cg\/modules$/],
    [{ XDG_CACHE_HOME: "/home/dev/.xdg" }, /^\/home\/dev\/\.xdg\/costgate\/modules$/],
    [{ COSTGATE_CACHE_DIR: "/var/cache/cg", XDG_CACHE_HOME: "/home/dev/.xdg" }, /^\/var\/cache\/cg\/modules$/],
    [{}, /\/\.cache\/costgate\/modules$/],
  ])("%j", (env, expected) => {
    expect(defaultModuleCacheDir(env)).toMatch(expected);
  });
});
