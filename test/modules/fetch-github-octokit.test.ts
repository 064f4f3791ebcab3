import nock from "nock";
import { ProbotOctokit } from "probot";
import { createModuleFetcher } from "../../src/modules/create-module-fetcher.js";
import { fixtureText, networkArchive } from "./helpers/fixtures.js";
import { useCleanNock, useTempCacheDir } from "./helpers/mocks.js";

const API = "https://api.github.com";
const COMMIT = "9f1c2e3d4b5a69788776655443322110ffeeddcc";
const blobSha = (n: number) => n.toString(16).padStart(40, "a");

/** The installation client the GitHub App hands over (retries and throttling off for tests). */
const installationOctokit = () => new ProbotOctokit({ auth: { token: "ghs_installation" }, retry: { enabled: false }, throttle: { enabled: false } });

/** `GET /git/trees/:sha?recursive=1`, shaped like GitHub's answer. */
function treeBody(truncated = false) {
  const blob = (path: string, n: number, size: number, mode = "100644") => ({ path, mode, type: "blob", sha: blobSha(n), size, url: `${API}/repos/acme/private-modules/git/blobs/${blobSha(n)}` });
  return {
    sha: "1111111111111111111111111111111111111111",
    url: `${API}/repos/acme/private-modules/git/trees/${COMMIT}`,
    tree: [
      blob("README.md", 1, 120),
      { path: "vpc", mode: "040000", type: "tree", sha: "2".repeat(40), url: "" },
      blob("vpc/main.tf", 2, 400),
      blob("vpc/variables.tf", 3, 200),
      { path: "vpc/versions.tf", mode: "120000", type: "blob", sha: blobSha(4), url: "" },
      blob("versions.tf", 5, 150),
      blob("docs/diagram.png", 6, 20_000),
      { path: "vendor/shared", mode: "160000", type: "commit", sha: "3".repeat(40) },
    ],
    truncated,
  };
}

function blobBody(n: number, text: string) {
  return { sha: blobSha(n), node_id: "B_x", size: Buffer.byteLength(text), url: "", content: Buffer.from(text).toString("base64").replace(/(.{60})/g, "$1\n"), encoding: "base64" };
}

describe("GitHub modules through the App's octokit", () => {
  useCleanNock();
  const cacheDir = useTempCacheDir();
  const fetcher = () => createModuleFetcher({ cacheDir: cacheDir(), github: { octokit: installationOctokit() } });

  function mockCommit(ref: string, status = 200) {
    return nock(API, { reqheaders: { accept: "application/vnd.github.sha", authorization: "token ghs_installation" } })
      .get(`/repos/acme/private-modules/commits/${ref}`)
      .reply(status, status === 200 ? COMMIT : { message: "Not Found" }, { "content-type": status === 200 ? "application/vnd.github.sha; charset=utf-8" : "application/json" });
  }

  it("resolves the ref, lists the tree, and reads only the blobs asked for", async () => {
    const scopes = [
      mockCommit("v2.0.0"),
      nock(API).get(`/repos/acme/private-modules/git/trees/${COMMIT}`).query({ recursive: "1" }).reply(200, treeBody()),
      nock(API).get(`/repos/acme/private-modules/git/blobs/${blobSha(2)}`).reply(200, blobBody(2, 'resource "aws_vpc" "this" {}\n')),
    ];
    const module = await fetcher().fetch({ source: "github.com/acme/private-modules//vpc?ref=v2.0.0" });
    expect(module).toMatchObject({ dir: "vpc", resolved: COMMIT });
    expect(await module.tree.list()).toEqual(["versions.tf", "vpc/main.tf", "vpc/variables.tf", "vpc/versions.tf"]);
    expect(await module.tree.read("vpc/main.tf")).toBe('resource "aws_vpc" "this" {}\n');
    expect(await module.tree.read("vpc/main.tf")).toBe('resource "aws_vpc" "this" {}\n'); // the blob cache answers
    await expect(module.tree.read("README.md")).rejects.toThrow("README.md: no such file");
    for (const scope of scopes) expect(scope.isDone()).toBe(true);
  });

  it("reads a symlinked file as its target", async () => {
    mockCommit("v2.0.0");
    nock(API).get(`/repos/acme/private-modules/git/trees/${COMMIT}`).query(true).reply(200, treeBody());
    nock(API).get(`/repos/acme/private-modules/git/blobs/${blobSha(4)}`).reply(200, blobBody(4, "../versions.tf"));
    nock(API).get(`/repos/acme/private-modules/git/blobs/${blobSha(5)}`).reply(200, blobBody(5, 'terraform {\n  required_version = ">= 1.5"\n}\n'));
    const module = await fetcher().fetch({ source: "github.com/acme/private-modules//vpc?ref=v2.0.0" });
    expect(await module.tree.read("vpc/versions.tf")).toContain('required_version = ">= 1.5"');
  });

  it("skips the ref lookup for a commit SHA", async () => {
    const tree = nock(API).get(`/repos/acme/private-modules/git/trees/${COMMIT}`).query(true).reply(200, treeBody());
    const module = await fetcher().fetch({ source: `git::https://github.com/acme/private-modules.git//vpc?ref=${COMMIT}` });
    expect(module.resolved).toBe(COMMIT);
    expect(tree.isDone()).toBe(true);
  });

  it("says the App needs access when GitHub hides the repository", async () => {
    nock(API).get("/repos/acme/private/commits/HEAD").reply(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest/commits/commits#get-a-commit" });
    const attempt = fetcher().fetch({ source: "github.com/acme/private//vpc" });
    await expect(attempt).rejects.toMatchObject({ code: "no-access" });
    await expect(attempt).rejects.toThrow("module source github.com/acme/private//vpc: repository not found or no access (the GitHub App needs access to acme/private)");
  });

  it("says when the ref does not exist", async () => {
    nock(API).get("/repos/acme/private-modules/commits/v9.9.9").reply(422, { message: "No commit found for SHA: v9.9.9" });
    await expect(fetcher().fetch({ source: "github.com/acme/private-modules?ref=v9.9.9" })).rejects.toThrow(
      'module source github.com/acme/private-modules?ref=v9.9.9: ref "v9.9.9" not found in acme/private-modules',
    );
  });

  it("falls back to the tarball when the tree listing is truncated", async () => {
    mockCommit("main");
    nock(API).get(`/repos/acme/private-modules/git/trees/${COMMIT}`).query(true).reply(200, treeBody(true));
    const tarball = nock(API)
      .get(`/repos/acme/private-modules/tarball/${COMMIT}`)
      .reply(302, "", { location: `https://codeload.github.com/acme/private-modules/legacy.tar.gz/${COMMIT}?token=SIGNED` });
    const codeload = nock("https://codeload.github.com").get(`/acme/private-modules/legacy.tar.gz/${COMMIT}`).query(true).reply(200, networkArchive, { "content-type": "application/x-gzip" });
    const module = await fetcher().fetch({ source: "github.com/acme/private-modules//modules/flow-logs?ref=main" });
    expect(module.resolved).toBe(COMMIT);
    expect(await module.tree.read("modules/flow-logs/main.tf")).toBe(fixtureText("modules/flow-logs/main.tf"));
    expect(tarball.isDone() && codeload.isDone()).toBe(true);
  });

  it("serves a new fetcher from the disk cache: ref, tree and blobs, no requests", async () => {
    mockCommit("v2.0.0");
    nock(API).get(`/repos/acme/private-modules/git/trees/${COMMIT}`).query(true).reply(200, treeBody());
    nock(API).get(`/repos/acme/private-modules/git/blobs/${blobSha(2)}`).reply(200, blobBody(2, "# cached\n"));
    const first = await fetcher().fetch({ source: "github.com/acme/private-modules//vpc?ref=v2.0.0" });
    await first.tree.read("vpc/main.tf");
    expect(nock.pendingMocks()).toEqual([]);

    const second = await fetcher().fetch({ source: "github.com/acme/private-modules//vpc?ref=v2.0.0" });
    expect(await second.tree.read("vpc/main.tf")).toBe("# cached\n");
    expect(second.resolved).toBe(COMMIT);
  });
});
