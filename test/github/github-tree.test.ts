import { readFileSync } from "node:fs";
import nock from "nock";
import { FileNotFoundError } from "../../src/source/source-tree.js";
import { createBlobCache } from "../../src/github/blob-cache.js";
import { createGitHubTree } from "../../src/github/github-tree.js";
import { API, blobShaAt, expectAllMocksDone, fixturePath, infraRepo, mockBlob, mockTree, testOctokit } from "./github-test-kit.js";

const fixture = infraRepo();
const { owner, repo } = fixture;
const octokit = testOctokit();
const onDisk = (path: string) => readFileSync(fixturePath(`infra-repo/${path}`), "utf8");

const REGULAR_FILES = [
  ".gitmodules",
  "README.md",
  "modules/vpc/main.tf",
  "modules/vpc/outputs.tf",
  "modules/vpc/variables.tf",
  "projects/app/main.tf",
  "projects/app/prod.tfvars",
  "projects/app/variables.tf",
  "projects/network/main.tf",
  "scripts/plan-all.sh",
  "versions.tf",
];

function baseTree(blobs = createBlobCache()) {
  return createGitHubTree({ octokit, owner, repo, sha: fixture.base.sha, blobs });
}

afterEach(expectAllMocksDone);

describe("createGitHubTree", () => {
  it("lists regular files from one recursive tree request, without symlinks, submodules or directories", async () => {
    mockTree(fixture, fixture.base.tree, { requestedAs: fixture.base.sha });
    const tree = baseTree();
    expect(await tree.list()).toEqual(REGULAR_FILES);
    expect(await tree.list()).toEqual(REGULAR_FILES);
    expect(tree.requests).toEqual({ trees: 1, blobs: 0, batches: 0 });
    expect(tree.label).toBe(`acme/infra@${fixture.base.sha}`);
  });

  it("fetches only the blobs that are read, decodes them, and reads each once", async () => {
    mockTree(fixture, fixture.base.tree, { requestedAs: fixture.base.sha });
    mockBlob(fixture, blobShaAt(fixture, "base", "projects/app/main.tf"));
    mockBlob(fixture, blobShaAt(fixture, "base", "scripts/plan-all.sh"));
    const tree = baseTree();
    expect(await tree.read("projects/app/main.tf")).toBe(onDisk("projects/app/main.tf"));
    expect(await tree.read("projects/app/main.tf")).toBe(onDisk("projects/app/main.tf"));
    expect(await tree.read("scripts/plan-all.sh")).toBe(onDisk("scripts/plan-all.sh"));
    expect(tree.requests).toEqual({ trees: 1, blobs: 2, batches: 0 });
  });

  it("rejects paths that are not regular files with FileNotFoundError naming the commit", async () => {
    mockTree(fixture, fixture.base.tree, { requestedAs: fixture.base.sha });
    const tree = baseTree();
    for (const path of ["projects/app", "projects/app/versions.tf", "vendor/terraform-aws-vpc", "nope.tf"]) {
      await expect(tree.read(path)).rejects.toBeInstanceOf(FileNotFoundError);
    }
    await expect(tree.read("nope.tf")).rejects.toThrow(`nope.tf: no such file in acme/infra@${fixture.base.sha}`);
  });

  it("shares blobs between the base and head trees: an unchanged file is fetched once", async () => {
    mockTree(fixture, fixture.base.tree, { requestedAs: fixture.base.sha });
    mockTree(fixture, fixture.head.tree, { requestedAs: fixture.head.sha });
    const changed = "projects/app/variables.tf";
    expect(blobShaAt(fixture, "base", changed)).not.toBe(blobShaAt(fixture, "head", changed));
    mockBlob(fixture, blobShaAt(fixture, "base", "projects/app/main.tf"));
    mockBlob(fixture, blobShaAt(fixture, "base", changed));
    mockBlob(fixture, blobShaAt(fixture, "head", changed));

    const blobs = createBlobCache();
    const base = baseTree(blobs);
    const head = createGitHubTree({ octokit, owner, repo, sha: fixture.head.sha, blobs });
    for (const tree of [base, head]) {
      await Promise.all(["projects/app/main.tf", changed].map((p) => tree.read(p)));
    }
    expect(await head.read(changed)).toContain('default = "m6i.xlarge"');
    expect(await base.read(changed)).toContain('default = "t3.medium"');
    expect(base.requests).toEqual({ trees: 1, blobs: 2, batches: 0 });
    expect(head.requests).toEqual({ trees: 1, blobs: 1, batches: 0 });
    expect(blobs.stats).toMatchObject({ fetches: 3, hits: 3 });
  });

  it("joins concurrent reads of one blob into one request", async () => {
    mockTree(fixture, fixture.base.tree, { requestedAs: fixture.base.sha });
    mockBlob(fixture, blobShaAt(fixture, "base", "versions.tf"));
    const blobs = createBlobCache();
    const tree = baseTree(blobs);
    const texts = await Promise.all([tree.read("versions.tf"), tree.read("versions.tf"), tree.read("versions.tf")]);
    expect(new Set(texts)).toEqual(new Set([onDisk("versions.tf")]));
    expect(blobs.stats).toMatchObject({ fetches: 1, joined: 2 });
  });

  it("keeps at most `concurrency` blob requests in flight", async () => {
    mockTree(fixture, fixture.base.tree, { requestedAs: fixture.base.sha });
    let active = 0;
    let peak = 0;
    for (const path of REGULAR_FILES) {
      const sha = blobShaAt(fixture, "base", path);
      nock(API)
        .get(`/repos/acme/infra/git/blobs/${sha}`)
        .reply((_uri, _body, callback) => {
          peak = Math.max(peak, ++active);
          setTimeout(() => {
            active--;
            callback(null, [200, fixture.blobs[sha]]);
          }, 5);
        });
    }
    const tree = baseTree(createBlobCache({ concurrency: 3 }));
    await Promise.all(REGULAR_FILES.map((p) => tree.read(p)));
    expect(peak).toBe(3);
  });

  it("splits a truncated listing into the top level and one recursive listing per directory", async () => {
    const root = fixture.trees[fixture.base.tree].level.tree;
    const dir = (name: string) => root.find((e) => e.path === name)!.sha;
    mockTree(fixture, fixture.base.tree, { requestedAs: fixture.base.sha, truncated: true });
    mockTree(fixture, fixture.base.tree, { requestedAs: fixture.base.sha, level: true });
    mockTree(fixture, dir("modules"));
    mockTree(fixture, dir("scripts"));
    mockTree(fixture, dir("vendor"));
    // projects/ is itself too big for one listing: it is split again.
    const projects = fixture.trees[dir("projects")].level.tree;
    mockTree(fixture, dir("projects"), { truncated: true });
    mockTree(fixture, dir("projects"), { level: true });
    for (const sub of projects) mockTree(fixture, sub.sha);

    const tree = baseTree();
    expect(await tree.list()).toEqual(REGULAR_FILES);
    expect(tree.requests.trees).toBe(2 + 3 + 2 + projects.length);
  });

  it("names the failed request, and lists again on the next call", async () => {
    nock(API)
      .get(`/repos/acme/infra/git/trees/${fixture.base.sha}`)
      .query({ recursive: "1" })
      .reply(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest/git/trees#get-a-tree", status: "404" });
    const tree = baseTree();
    await expect(tree.list()).rejects.toThrow(`GitHub API GET /repos/acme/infra/git/trees/${fixture.base.sha}: 404 Not Found`);
    mockTree(fixture, fixture.base.tree, { requestedAs: fixture.base.sha });
    expect(await tree.list()).toEqual(REGULAR_FILES);
  });

  it("does not cache a failed blob read", async () => {
    mockTree(fixture, fixture.base.tree, { requestedAs: fixture.base.sha });
    const sha = blobShaAt(fixture, "base", "versions.tf");
    nock(API).get(`/repos/acme/infra/git/blobs/${sha}`).reply(502, "<html>Bad gateway</html>", { "content-type": "text/html" });
    mockBlob(fixture, sha);
    const tree = baseTree();
    await expect(tree.read("versions.tf")).rejects.toThrow(new RegExp(`^GitHub API GET /repos/acme/infra/git/blobs/${sha}: 502 Bad Gateway$`));
    expect(await tree.read("versions.tf")).toBe(onDisk("versions.tf"));
  });
});
