import { createBlobCache } from "../../src/github/blob-cache.js";
import { createGitHubTree } from "../../src/github/github-tree.js";
import { countGitHubRequests } from "../../src/github/request-counter.js";
import { blobShaAt, expectAllMocksDone, infraRepo, mockBlob, mockTree, probotInstallationOctokit } from "./github-test-kit.js";

const fixture = infraRepo();

afterEach(expectAllMocksDone);

describe("countGitHubRequests", () => {
  it("counts the API requests of reading a project at base and head through Probot's installation octokit", async () => {
    const octokit = await probotInstallationOctokit();
    const counter = countGitHubRequests(octokit);
    mockTree(fixture, fixture.base.tree, { requestedAs: fixture.base.sha });
    mockTree(fixture, fixture.head.tree, { requestedAs: fixture.head.sha });
    const project = ["projects/app/main.tf", "projects/app/variables.tf"];
    for (const path of project) mockBlob(fixture, blobShaAt(fixture, "base", path));
    mockBlob(fixture, blobShaAt(fixture, "head", "projects/app/variables.tf"));

    const blobs = createBlobCache();
    for (const sha of [fixture.base.sha, fixture.head.sha]) {
      const tree = createGitHubTree({ octokit, owner: "acme", repo: "infra", sha, blobs });
      await Promise.all(project.map((p) => tree.read(p)));
    }
    counter.stop();
    expect(counter.byRoute).toEqual({
      // Made on first use; Probot then caches the installation token for its lifetime.
      "POST /app/installations/{installation_id}/access_tokens": 1,
      "GET /repos/{owner}/{repo}/git/trees/{tree_sha}": 2,
      // main.tf is unchanged: fetched once for both commits.
      "GET /repos/{owner}/{repo}/git/blobs/{file_sha}": 3,
    });
    expect(counter.total).toBe(6);
  });

  it("stops counting when told", async () => {
    const octokit = await probotInstallationOctokit();
    const counter = countGitHubRequests(octokit);
    counter.stop();
    mockTree(fixture, fixture.base.tree, { requestedAs: fixture.base.sha });
    await createGitHubTree({ octokit, owner: "acme", repo: "infra", sha: fixture.base.sha, blobs: createBlobCache() }).list();
    expect(counter.total).toBe(0);
  });
});
