import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import nock from "nock";
import { Probot, ProbotOctokit } from "probot";
import { blobResponse, snapshotDirectory, treeResponse, type GitFile } from "../../src/demo/git-snapshot.js";
import { costgateMarker, createBlobCache } from "../../src/github/index.js";
import { createCostgateApp } from "../../src/index.js";
import { formatApprovalLog, type ApprovalLogEntry, type ApprovalRecord } from "../../src/policy/index.js";
import { createPricing } from "../../src/pricing/create-pricing.js";
import { ModuleFetchError } from "../../src/terraform/module-source.js";

export const API = "https://api.github.com";
export const REPO_PATH = "/repos/acme/infra";
export const BASE_SHA = "9fea0225ba6eb07f3f10eabf172c7fb762757f56";
export const HEAD_SHA = "8e69b7e34f5f8d10dd1f1914356531ef81548fe9";
/** A later push to the same pull request. */
export const NEXT_SHA = "c41d7a9e0b3f5c2d8e6a1b4f7c0d3e9a2b5f8c1d";
export const BOT = "costgate[bot]";
export const SIGNING_KEY = "test-signing-key";
/** When the button-click tests say the click arrived. */
export const NOW = "2026-05-04T12:00:00Z";
const ROOT = path.resolve(import.meta.dirname, "../..");
const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();

/** The people of these tests: jdoe opened #42; bob-finops and carol-finops are in @acme/finops. */
export const PEOPLE = {
  jdoe: { login: "jdoe", id: 4411023, type: "User" },
  bob: { login: "bob-finops", id: 5120931, type: "User" },
  carol: { login: "carol-finops", id: 5120977, type: "User" },
  mallory: { login: "mallory", id: 6630412, type: "User" },
  /** An outside collaborator with write access to acme/infra, not a member of the organization. */
  oscar: { login: "oscar-contractor", id: 7790150, type: "User" },
} as const;

/** The base branch's gate: the demo change (+$479.70/mo) is over it. */
export const GATE = `thresholds:
  - name: large-increase
    monthly_increase_over: 300
    action: block
    approvers:
      teams: [finops]
`;

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
      signingKey: SIGNING_KEY,
      now: () => new Date(NOW),
    }),
  );
  return probot;
}

export function fixture(name: string) {
  return JSON.parse(readFileSync(path.join(ROOT, "fixtures/github", name), "utf8"));
}

let deliveries = 0;
const delivery = () => `delivery-${++deliveries}`;

/** A pull_request webhook, at HEAD_SHA unless told otherwise. */
export function pullRequestEvent(action: "opened" | "synchronize", head = HEAD_SHA) {
  const payload = fixture(`webhooks/pull_request.${action}.json`);
  payload.pull_request.head.sha = head;
  return { id: delivery(), name: "pull_request" as const, payload };
}

/** `issue_comment.created` (or `.edited`) on #42 by one of PEOPLE. */
export function commentEvent(body: string, by: { login: string; id: number; type: string } = PEOPLE.bob, opts: { id?: number; action?: "created" | "edited" } = {}) {
  const payload = fixture(`webhooks/issue_comment.${opts.action ?? "created"}.json`);
  payload.comment = { ...payload.comment, body, id: opts.id ?? payload.comment.id, user: { ...payload.comment.user, ...by } };
  payload.sender = { ...payload.sender, ...by };
  return { id: delivery(), name: "issue_comment" as const, payload };
}

/** The Approve cost button clicked (or Re-run) on the Costgate check of `head`. */
export function checkRunEvent(action: "requested_action" | "rerequested", by: { login: string; id: number; type: string } = PEOPLE.bob, head = HEAD_SHA) {
  const payload = fixture(`webhooks/check_run.${action}.json`);
  payload.check_run.head_sha = head;
  payload.sender = { ...payload.sender, ...by };
  return { id: delivery(), name: "check_run" as const, payload };
}

/** The demo repository at base and head, or a copy of head with files replaced. */
export async function demoRevision(side: "base" | "head", replace: Record<string, string> = {}): Promise<GitFile[]> {
  let dir = path.join(ROOT, "fixtures/demo", side);
  if (Object.keys(replace).length > 0) {
    const copy = await mkdtemp(path.join(os.tmpdir(), "costgate-rev-"));
    await cp(dir, copy, { recursive: true });
    for (const [file, text] of Object.entries(replace)) {
      await mkdir(path.dirname(path.join(copy, file)), { recursive: true });
      await writeFile(path.join(copy, file), text);
    }
    dir = copy;
  }
  return snapshotDirectory(dir);
}

/** The demo head with `web_instance_count` changed: 4 is the demo (+$479.70/mo), 6 costs more, 3 less. */
export function headWithWebNodes(count: number): Promise<GitFile[]> {
  const tfvars = readFileSync(path.join(ROOT, "fixtures/demo/head/envs/prod/terraform.tfvars"), "utf8");
  return demoRevision("head", { "envs/prod/terraform.tfvars": tfvars.replace(/web_instance_count = \d+/, `web_instance_count = ${count}`) });
}

type Asserter = (body: any) => void;

// Requests no mock answered. Most fail the run loudly; some (a batched blob read) have a quiet
// fallback, so the harness lists them too: a test passes only if every request was expected.
const unmatched: string[] = [];
nock.emitter.on("no match", (req: { method?: string; path?: string }) => unmatched.push(`unmatched ${req.method} ${req.path}`));

/** GitHub as the App sees it for pull request #42, with named pieces for each test to assert. */
export function github() {
  unmatched.length = 0;
  const scope = nock(API);
  const blobs = new Map<string, GitFile>();
  // Blob texts in batches over GraphQL, as GitHubTree.prefetch asks for them (REST blobs are the fallback).
  scope
    .post("/graphql", (b) => String(b.query).includes("object(oid:"))
    .optionally()
    .times(20)
    .reply(200, (_uri, body: any) => {
      const found = [...String(body.query).matchAll(/(b\d+): object\(oid: "([0-9a-f]{40})"\)/g)].map(([, alias, sha]) => {
        const file = blobs.get(sha!);
        return [alias, file ? { text: file.content.toString("utf8"), isBinary: false, isTruncated: false } : null];
      });
      return { data: { repository: Object.fromEntries(found) } };
    });
  // Optional: Probot keeps the installation token for a second event in the same test.
  scope.post("/app/installations/2/access_tokens").optionally().reply(201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z" });
  const contents = (repo: string, ref: string | undefined, text: string | null) => {
    const get = scope.get(`/repos/acme/${repo}/contents/.github%2Fcostgate.yml`).query(ref ? { ref } : {});
    if (text === null) get.reply(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest/repos/contents#get-repository-content" });
    else get.reply(200, { type: "file", encoding: "base64", name: "costgate.yml", path: ".github/costgate.yml", content: Buffer.from(text).toString("base64") });
  };
  return {
    scope,
    checkCreated(assert: Asserter = () => {}, id = 7001) {
      scope.post(`${REPO_PATH}/check-runs`, (body) => (assert(body), true)).reply(201, (_uri, body: any) => ({ ...fixture("check-run-created.json"), id, head_sha: body.head_sha }));
    },
    checkCompleted(assert: Asserter, id = 7001) {
      scope.patch(`${REPO_PATH}/check-runs/${id}`, (body) => (assert(body), true)).reply(200, { ...fixture("check-run-completed.json"), id, head_sha: HEAD_SHA });
    },
    /**
     * `.github/costgate.yml` at the base commit (null: none), and the organization's defaults from
     * acme/.github (none unless given; `false`: not read, as with `_extends` or an invalid file).
     */
    config(text: string | null, opts: { org?: string | null | false } = {}) {
      contents("infra", BASE_SHA, text);
      if (opts.org !== false && !text?.includes("_extends")) contents(".github", undefined, opts.org ?? null);
    },
    /** Another repository's file, as `_extends` names it (default branch). */
    extendedConfig(repo: string, text: string | null) {
      contents(repo, undefined, text);
    },
    /** The files, merge base and both trees of one evaluation of the demo change. */
    async change(head = HEAD_SHA, files?: GitFile[]) {
      this.changedFiles(["envs/prod/terraform.tfvars"]);
      this.mergeBase(head);
      this.repository(BASE_SHA, await demoRevision("base"));
      this.repository(head, files ?? (await demoRevision("head")));
    },
    changedFiles(files: string[]) {
      const listed = files.map((filename) => ({ filename, status: "modified", additions: 3, deletions: 1, changes: 4, sha: "0".repeat(40) }));
      scope.get(`${REPO_PATH}/pulls/42/files`).query(true).reply(200, listed);
    },
    mergeBase(head = HEAD_SHA) {
      scope.get(`${REPO_PATH}/compare/${BASE_SHA}...${head}`).query(true).reply(200, { merge_base_commit: { sha: BASE_SHA }, files: [] });
    },
    /** The tree at a commit; blobs are served when read (which ones is the evaluator's business). */
    repository(sha: string, files: GitFile[]) {
      scope.get(`${REPO_PATH}/git/trees/${sha}`).query({ recursive: "1" }).reply(200, treeResponse(`t${sha.slice(1)}`, files));
      for (const file of files) blobs.set(file.sha, file);
      for (const file of files) scope.get(`${REPO_PATH}/git/blobs/${file.sha}`).optionally().reply(200, blobResponse(file));
    },
    /** GET /pulls/42 answering `times` reads with this head (a run reads it fresh, then again before publishing). */
    pullRequest(head = HEAD_SHA, times = 2, changes: { state?: string } = {}) {
      const opened = fixture("webhooks/pull_request.opened.json").pull_request;
      scope.get(`${REPO_PATH}/pulls/42`).times(times).reply(200, { ...opened, ...changes, head: { ...opened.head, sha: head } });
    },
    /** The pull request's comments, listed `times` times (read the log, then upsert or reply). */
    comments(comments: object[], times = 2) {
      scope.get(`${REPO_PATH}/issues/42/comments`).query(true).times(times).reply(200, comments);
    },
    commentCreated(assert: (body: string) => void, id = 9001) {
      scope.post(`${REPO_PATH}/issues/42/comments`, (b) => (assert(b.body), true)).reply(201, { id, node_id: `IC_${id}`, html_url: `https://github.com/acme/infra/pull/42#issuecomment-${id}`, body: "" });
    },
    commentUpdated(id: number, assert: (body: string) => void) {
      scope.patch(`${REPO_PATH}/issues/comments/${id}`, (b) => (assert(b.body), true)).reply(200, { id, node_id: `IC_${id}`, html_url: `https://github.com/acme/infra/pull/42#issuecomment-${id}`, body: "" });
    },
    commentDeleted(id: number) {
      scope.delete(`${REPO_PATH}/issues/comments/${id}`).reply(204);
    },
    commentMinimized(nodeId: string) {
      scope.post("/graphql", (b) => b.query.includes("minimizeComment") && b.variables.id === nodeId).reply(200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } });
    },
    /** GitHub's answer to "is `login` a member of acme/<team>": active, pending, or 404 (not a member). */
    teamMembership(team: string, login: string, state: "active" | "pending" | null) {
      const get = scope.get(`/orgs/acme/teams/${team}/memberships/${login}`);
      if (state === null) get.reply(404, { message: "Not Found" });
      else get.reply(200, { ...fixture("team-membership.json"), state });
    },
    reaction(commentId: number) {
      scope.post(`${REPO_PATH}/issues/comments/${commentId}/reactions`, { content: "+1" }).reply(201, { id: 1, content: "+1" });
    },
  };
}

/** A comment as GitHub lists it; by the App's bot unless `by` says otherwise. */
export function listedComment(id: number, body: string, by: { login: string; type: string } = { login: BOT, type: "Bot" }) {
  return { id, node_id: `IC_${id}`, body, user: { login: by.login, type: by.type }, html_url: `https://github.com/acme/infra/pull/42#issuecomment-${id}`, created_at: "2026-05-04T10:09:14Z" };
}

/** The demo change's monthly increase, exactly: $685.525 at head against $205.821 at base. */
export const DEMO_INCREASE = "479.704";

/**
 * Costgate's comment as an earlier run left it: the marker with what it showed, and the approval
 * log signed with the App's key (or another key, to play a forger).
 */
export function costgateComment(id: number, opts: { head?: string; increase?: string; records?: ApprovalLogEntry[]; signingKey?: string } = {}) {
  const marker = costgateMarker(`head=${opts.head ?? HEAD_SHA} increase=${opts.increase ?? DEMO_INCREASE} digest=${"0".repeat(16)}`);
  const log = formatApprovalLog(opts.records ?? [], { signingKey: opts.signingKey ?? SIGNING_KEY });
  return listedComment(id, `${marker}\n### Costgate: Monthly cost will increase by $479.70 (+233%)\n\n${log}`);
}

/** An approval of the demo change at HEAD_SHA, as the log records it. */
export function approvalBy(person: { login: string; id: number }, overrides: Partial<ApprovalRecord> = {}): ApprovalRecord {
  return {
    kind: "approval", approver: person.login, approverId: person.id, at: "2026-05-04T11:40:12Z", headSha: HEAD_SHA,
    approvedIncrease: DEMO_INCREASE, scopes: [{ scope: "envs/prod", increase: DEMO_INCREASE }], thresholds: ["large-increase"],
    reason: "Q3 capacity", via: "comment", commentId: 2871500001, ...overrides,
  };
}

/** Required mocks left unused, and requests no mock answered. */
export function pendingRequired(): string[] {
  const left = [...nock.pendingMocks(), ...unmatched];
  unmatched.length = 0;
  return left;
}
