import nock from "nock";
import { listPullRequestFiles, PULL_REQUEST_FILES_LIMIT } from "../../src/github/pull-request-files.js";
import { getPullRequest } from "../../src/github/pull-request.js";
import { API, expectAllMocksDone, readFixture, testOctokit } from "./github-test-kit.js";

const octokit = testOctokit();
const recorded = readFixture<Record<string, unknown>[]>("pull-request-files.json");
const params = { owner: "acme", repo: "infra", pull_number: 43 };

/** `count` modified .tf files shaped like the recorded entries. */
function filesPage(from: number, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    ...recorded[0],
    filename: `projects/p${String(from + i).padStart(4, "0")}/main.tf`,
  }));
}

/** Serves `total` files the way GitHub does: 100 a page, links to /repositories/{id}/..., nothing past 3,000. */
function mockFilePages(total: number) {
  const listed = Math.min(total, PULL_REQUEST_FILES_LIMIT);
  const pages = Math.ceil(listed / 100);
  const scope = nock(API);
  for (let page = 1; page <= pages; page++) {
    const path = page === 1 ? "/repos/acme/infra/pulls/43/files" : "/repositories/602118870/pulls/43/files";
    const query = page === 1 ? { per_page: "100" } : { per_page: "100", page: String(page) };
    const next = `<${API}/repositories/602118870/pulls/43/files?per_page=100&page=${page + 1}>; rel="next"`;
    const last = `<${API}/repositories/602118870/pulls/43/files?per_page=100&page=${pages}>; rel="last"`;
    scope
      .get(path)
      .query(query)
      .reply(200, filesPage((page - 1) * 100, Math.min(100, listed - (page - 1) * 100)), page < pages ? { link: `${next}, ${last}` } : {});
  }
  return scope;
}

afterEach(expectAllMocksDone);

describe("listPullRequestFiles", () => {
  it("keeps status, blob SHA and the previous path of renames", async () => {
    nock(API).get("/repos/acme/infra/pulls/43/files").query({ per_page: "100" }).reply(200, recorded);
    const { files, truncated } = await listPullRequestFiles(octokit, params);
    expect(truncated).toBe(false);
    expect(files.map((f) => [f.status, f.filename, f.previous_filename])).toEqual([
      ["modified", "projects/app/variables.tf", undefined],
      ["added", "projects/cache/main.tf", undefined],
      ["removed", "projects/legacy/main.tf", undefined],
      ["renamed", "modules/vpc/nat.tf", "modules/vpc/nat-gateway.tf"],
      ["modified", "docs/architecture.png", undefined],
    ]);
    expect(files[0]).toEqual({
      filename: "projects/app/variables.tf",
      status: "modified",
      sha: "5f0d7c3bd3f3d7e4b5e4a0ff1e0b6a8e9c3e2d11",
      additions: 1,
      deletions: 1,
    });
  });

  it("follows every page", async () => {
    mockFilePages(250);
    const { files, truncated } = await listPullRequestFiles(octokit, { ...params, changed_files: 250 });
    expect(files).toHaveLength(250);
    expect(files[249].filename).toBe("projects/p0249/main.tf");
    expect(truncated).toBe(false);
  });

  it("says when GitHub's 3,000-file limit cut the list", async () => {
    mockFilePages(3400);
    const result = await listPullRequestFiles(octokit, { ...params, changed_files: 3400 });
    expect(result.files).toHaveLength(3000);
    expect(result.truncated).toBe(true);
  });

  it("treats exactly 3,000 files as possibly cut when changed_files is not known", async () => {
    mockFilePages(3000);
    expect((await listPullRequestFiles(octokit, params)).truncated).toBe(true);
  });
});

describe("getPullRequest", () => {
  it("reads head, base and author of a pull request from a fork", async () => {
    const pr = readFixture("pull-request.json");
    nock(API).get("/repos/acme/infra/pulls/42").reply(200, pr);
    expect(await getPullRequest(octokit, { owner: "acme", repo: "infra", pull_number: 42 })).toEqual({
      number: 42,
      state: "open",
      draft: false,
      merged: false,
      author: "jdoe",
      head: { sha: pr.head.sha, ref: "bigger-web", repo: "jdoe/infra" },
      base: { sha: pr.base.sha, ref: "main", repo: "acme/infra" },
      changed_files: 1,
    });
  });

  it("names the request when the pull request does not exist", async () => {
    nock(API).get("/repos/acme/infra/pulls/999").reply(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest/pulls/pulls#get-a-pull-request", status: "404" });
    await expect(getPullRequest(octokit, { owner: "acme", repo: "infra", pull_number: 999 })).rejects.toThrow(
      "GitHub API GET /repos/acme/infra/pulls/999: 404 Not Found",
    );
  });
});
