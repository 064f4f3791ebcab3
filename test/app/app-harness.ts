import { cp, mkdtemp, writeFile } from "node:fs/promises";
import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import nock from "nock";
import { Probot, ProbotOctokit } from "probot";
import { blobResponse, snapshotDirectory, treeResponse, type GitFile } from "../../src/demo/git-snapshot.js";
import { createBlobCache } from "../../src/github/index.js";
import { createCostgateApp } from "../../src/index.js";
import { createPricing } from "../../src/pricing/create-pricing.js";
import { ModuleFetchError } from "../../src/terraform/module-source.js";

export const API = "https://api.github.com";
export const REPO_PATH = "/repos/acme/infra";
export const BASE_SHA = "9fea0225ba6eb07f3f10eabf172c7fb762757f56";
export const HEAD_SHA = "8e69b7e34f5f8d10dd1f1914356531ef81548fe9";
export const BOT = "costgate[bot]";
const ROOT = path.resolve(import.meta.dirname, "../..");
const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();

/** A real Probot with Costgate loaded, offline: bundled prices, no remote modules, retries off. */
export async function loadCostgate(): Promise<Probot> {
  const probot = new Probot({
    appId: 912044,
    privateKey,
    logLevel: "fatal",
    Octokit: ProbotOctokit.defaults((o: object) => ({ ...o, retry: { enabled: false }, throttle: { enabled: false } })),
  });
  await probot.load(
    createCostgateApp({
      prices: await createPricing({ mode: "snapshot", cacheDir: false }),
      blobs: createBlobCache(),
      botLogin: async () => BOT,
      modules: () => ({ fetch: async (r) => Promise.reject(new ModuleFetchError(`test has no remote module ${r.source}`)) }),
    }),
  );
  return probot;
}

function fixture(name: string) {
  return JSON.parse(readFileSync(path.join(ROOT, "fixtures/github", name), "utf8"));
}

export function webhook(action: "opened" | "synchronize") {
  return { id: `delivery-${action}`, name: "pull_request" as const, payload: fixture(`webhooks/pull_request.${action}.json`) };
}

/** The demo repository at base and head, or a copy of head with one file replaced. */
export async function demoRevision(side: "base" | "head", replace: Record<string, string> = {}): Promise<GitFile[]> {
  let dir = path.join(ROOT, "fixtures/demo", side);
  if (Object.keys(replace).length > 0) {
    const copy = await mkdtemp(path.join(os.tmpdir(), "costgate-rev-"));
    await cp(dir, copy, { recursive: true });
    for (const [file, text] of Object.entries(replace)) await writeFile(path.join(copy, file), text);
    dir = copy;
  }
  return snapshotDirectory(dir);
}

/** GitHub as the App sees it for pull request #42, with named pieces for each test to assert. */
export function github() {
  const scope = nock(API);
  scope.post("/app/installations/2/access_tokens").reply(201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z" });
  return {
    scope,
    checkCreated(assert: (body: any) => void = () => {}) {
      scope.post(`${REPO_PATH}/check-runs`, (body) => (assert(body), true)).reply(201, { ...fixture("check-run-created.json"), id: 7001, head_sha: HEAD_SHA });
    },
    checkCompleted(assert: (body: any) => void) {
      scope.patch(`${REPO_PATH}/check-runs/7001`, (body) => (assert(body), true)).reply(200, { ...fixture("check-run-completed.json"), id: 7001, head_sha: HEAD_SHA });
    },
    changedFiles(files: string[]) {
      const listed = files.map((filename) => ({ filename, status: "modified", additions: 3, deletions: 1, changes: 4, sha: "0".repeat(40) }));
      scope.get(`${REPO_PATH}/pulls/42/files`).query(true).reply(200, listed);
    },
    mergeBase() {
      scope.get(`${REPO_PATH}/compare/${BASE_SHA}...${HEAD_SHA}`).query(true).reply(200, { merge_base_commit: { sha: BASE_SHA }, files: [] });
    },
    /** The tree at a commit; blobs are served when read (which ones is the evaluator's business). */
    repository(sha: string, files: GitFile[]) {
      scope.get(`${REPO_PATH}/git/trees/${sha}`).query({ recursive: "1" }).reply(200, treeResponse(`t${sha.slice(1)}`, files));
      for (const file of files) scope.get(`${REPO_PATH}/git/blobs/${file.sha}`).optionally().reply(200, blobResponse(file));
    },
    pullRequestHead(sha: string) {
      scope.get(`${REPO_PATH}/pulls/42`).reply(200, { ...webhook("opened").payload.pull_request, head: { ...webhook("opened").payload.pull_request.head, sha } });
    },
    existingComments(comments: object[]) {
      scope.get(`${REPO_PATH}/issues/42/comments`).query(true).reply(200, comments);
    },
    commentCreated(assert: (body: string) => void) {
      scope.post(`${REPO_PATH}/issues/42/comments`, (b) => (assert(b.body), true)).reply(201, { id: 9001, node_id: "IC_new", html_url: "https://github.com/acme/infra/pull/42#issuecomment-9001", body: "" });
    },
    commentUpdated(id: number, assert: (body: string) => void) {
      scope.patch(`${REPO_PATH}/issues/comments/${id}`, (b) => (assert(b.body), true)).reply(200, { id, node_id: "IC_old", html_url: `https://github.com/acme/infra/pull/42#issuecomment-${id}`, body: "" });
    },
  };
}

/** Mocks left unused, other than blobs the evaluator had no reason to read. */
export function pendingRequired(): string[] {
  return nock.pendingMocks().filter((m) => !m.includes("/git/blobs/"));
}
