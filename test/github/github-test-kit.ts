import { readFileSync } from "node:fs";
import nock from "nock";
import { ProbotOctokit } from "probot";
import { fileURLToPath } from "node:url";

export const API = "https://api.github.com";

/** The octokit a Probot app hands its handlers, minus the retry/throttle timers. */
export function testOctokit(): ProbotOctokit {
  return new ProbotOctokit({ auth: { token: "test" }, retry: { enabled: false }, throttle: { enabled: false } });
}

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/github/${name}`, import.meta.url));
}

export function readFixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(fixturePath(name), "utf8")) as T;
}

/** Every interceptor registered in the test was used, and none is left for the next test. */
export function expectAllMocksDone(): void {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
}

export interface GitFixture {
  owner: string;
  repo: string;
  base: { sha: string; tree: string };
  head: { sha: string; tree: string };
  trees: Record<string, { recursive: TreeResponse; level: TreeResponse }>;
  blobs: Record<string, { sha: string; content: string; size: number }>;
}

export interface TreeResponse {
  sha: string;
  truncated: boolean;
  tree: { path: string; mode: string; type: string; sha: string; size?: number }[];
}

export const infraRepo = (): GitFixture => readFixture<GitFixture>("infra-repo.git.json");

/** Serves one tree listing (recursive unless `level`), requested by tree SHA or by the given commit SHA. */
export function mockTree(
  fixture: GitFixture,
  treeSha: string,
  options: { level?: boolean; truncated?: boolean; requestedAs?: string } = {},
): nock.Scope {
  const response = fixture.trees[treeSha][options.level ? "level" : "recursive"];
  const body = options.truncated ? { ...response, tree: response.tree.slice(0, 3), truncated: true } : response;
  const get = nock(API).get(`/repos/${fixture.owner}/${fixture.repo}/git/trees/${options.requestedAs ?? treeSha}`);
  return (options.level ? get : get.query({ recursive: "1" })).reply(200, body);
}

export function mockBlob(fixture: GitFixture, blobSha: string): nock.Scope {
  return nock(API).get(`/repos/${fixture.owner}/${fixture.repo}/git/blobs/${blobSha}`).reply(200, fixture.blobs[blobSha]);
}

/** The blob SHA of a file at a commit, from the recorded recursive listing. */
export function blobShaAt(fixture: GitFixture, commit: "base" | "head", path: string): string {
  const entry = fixture.trees[fixture[commit].tree].recursive.tree.find((e) => e.path === path);
  if (!entry) throw new Error(`fixture has no ${path} at ${commit}`);
  return entry.sha;
}

/**
 * An installation octokit made the way Probot makes `context.octokit` in production:
 * real app authentication (a throwaway key), retry and throttling plugins on.
 */
export async function probotInstallationOctokit(installationId = 2): Promise<ProbotOctokit> {
  const { generateKeyPairSync } = await import("node:crypto");
  const { Probot } = await import("probot");
  const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const probot = new Probot({ appId: 912044, privateKey, logLevel: "fatal" });
  nock(API)
    .post(`/app/installations/${installationId}/access_tokens`)
    .reply(201, { token: "ghs_installation", expires_at: "2099-01-01T00:00:00Z", permissions: { contents: "read", checks: "write" } });
  return probot.auth(installationId);
}
