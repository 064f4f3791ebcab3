import nock from "nock";
import { createBlobCache } from "../../src/github/blob-cache.js";
import { createGitHubTree } from "../../src/github/github-tree.js";
import { API, blobShaAt, expectAllMocksDone, infraRepo, mockBlob, mockTree, testOctokit } from "./github-test-kit.js";

const fixture = infraRepo();
const { owner, repo } = fixture;
const octokit = testOctokit();
/** A file's content at a commit, from the recorded blobs. */
const at = (commit: "base" | "head", path: string) => Buffer.from(fixture.blobs[blobShaAt(fixture, commit, path)]!.content, "base64").toString("utf8");
const TF = ["modules/vpc/main.tf", "modules/vpc/outputs.tf", "modules/vpc/variables.tf", "projects/app/main.tf", "projects/app/variables.tf", "projects/network/main.tf"];

/** Answers the batched blob query from the recorded fixture, checking which blobs were asked for. */
function mockBlobBatch(expectShas: string[], override: Record<string, object> = {}) {
  return nock(API)
    .post("/graphql", (body: { query: string; variables: object }) => {
      const asked = [...body.query.matchAll(/object\(oid: "([0-9a-f]{40})"\)/g)].map((m) => m[1]);
      expect(asked.sort()).toEqual([...expectShas].sort());
      expect(body.variables).toEqual({ owner, repo });
      return true;
    })
    .reply(200, (_uri, body: any) => {
      const repository: Record<string, object | null> = {};
      for (const [, alias, sha] of (body.query as string).matchAll(/(b\d+): object\(oid: "([0-9a-f]{40})"\)/g)) {
        repository[alias!] = override[sha!] ?? { text: Buffer.from(fixture.blobs[sha!]!.content, "base64").toString("utf8"), isBinary: false, isTruncated: false };
      }
      return { data: { repository } };
    });
}

afterEach(expectAllMocksDone);

describe("GitHubTree.prefetch", () => {
  it("fetches many files in one GraphQL query; reading them afterwards costs nothing", async () => {
    mockTree(fixture, fixture.head.tree, { requestedAs: fixture.head.sha });
    const shas = [...new Set(TF.map((p) => blobShaAt(fixture, "head", p)))];
    mockBlobBatch(shas);
    const tree = createGitHubTree({ octokit, owner, repo, sha: fixture.head.sha, blobs: createBlobCache() });
    await tree.prefetch!(TF);
    for (const path of TF) expect(await tree.read(path)).toBe(at("head", path));
    expect(tree.requests).toEqual({ trees: 1, blobs: 0, batches: 1 });
  });

  it("asks only for blobs not cached or already coming: base and head prefetching together make one query", async () => {
    mockTree(fixture, fixture.base.tree, { requestedAs: fixture.base.sha });
    mockTree(fixture, fixture.head.tree, { requestedAs: fixture.head.sha });
    const blobs = createBlobCache();
    const head = createGitHubTree({ octokit, owner, repo, sha: fixture.head.sha, blobs });
    const base = createGitHubTree({ octokit, owner, repo, sha: fixture.base.sha, blobs });
    const headShas = new Set(TF.map((p) => blobShaAt(fixture, "head", p)));
    const baseOnly = [...new Set(TF.map((p) => blobShaAt(fixture, "base", p)))].filter((s) => !headShas.has(s));
    mockBlobBatch([...headShas]);
    if (baseOnly.length >= 2) mockBlobBatch(baseOnly);
    else for (const sha of baseOnly) mockBlob(fixture, sha);
    await head.prefetch!(TF);
    await base.prefetch!(TF);
    for (const path of TF) expect(await base.read(path)).toBe(at("base", path));
  });

  it("falls back to the REST blob API for a blob the query returns truncated or binary", async () => {
    mockTree(fixture, fixture.head.tree, { requestedAs: fixture.head.sha });
    const shas = [...new Set(TF.map((p) => blobShaAt(fixture, "head", p)))];
    const big = blobShaAt(fixture, "head", "projects/app/main.tf");
    mockBlobBatch(shas, { [big]: { text: "cut", isBinary: false, isTruncated: true } });
    mockBlob(fixture, big);
    const tree = createGitHubTree({ octokit, owner, repo, sha: fixture.head.sha, blobs: createBlobCache() });
    await tree.prefetch!(TF);
    expect(await tree.read("projects/app/main.tf")).toBe(at("head", "projects/app/main.tf"));
    expect(tree.requests).toEqual({ trees: 1, blobs: 1, batches: 1 });
  });

  it("is only a hint: a failed query leaves every file readable through REST", async () => {
    mockTree(fixture, fixture.head.tree, { requestedAs: fixture.head.sha });
    nock(API).post("/graphql").reply(502, { message: "Bad gateway" });
    const shas = [...new Set(TF.map((p) => blobShaAt(fixture, "head", p)))];
    for (const sha of shas) mockBlob(fixture, sha);
    const tree = createGitHubTree({ octokit, owner, repo, sha: fixture.head.sha, blobs: createBlobCache() });
    await tree.prefetch!(TF);
    expect(await tree.read("modules/vpc/main.tf")).toBe(at("head", "modules/vpc/main.tf"));
  });
});
