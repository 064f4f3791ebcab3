import { fileURLToPath } from "node:url";
import type { Probot } from "probot";
import { startFakeGitHub, type FakeGitHub } from "./fake-github.js";
import { snapshotDirectory } from "./git-snapshot.js";
import { loadOfflineCostgate, pullRequestOpened, webhookPayload } from "./offline-app.js";

/**
 * `npm run demo`: the real GitHub App pipeline on a bundled example pull request. A stand-in
 * GitHub API on 127.0.0.1 serves two revisions of a small Terraform repository
 * (fixtures/demo/base and fixtures/demo/head, whose `.github/costgate.yml` blocks increases over
 * $300/mo until @acme/finops approves); prices come from the bundled snapshot. No credentials,
 * no network. It plays three events and prints what Costgate does:
 * 1. the pull request is opened: the comment, and the check blocked by the budget gate;
 * 2. its author comments `/costgate approve`: refused, with a reply saying why;
 * 3. a member of @acme/finops comments `/costgate approve <reason>`: the check passes, and the
 *    comment records the approval.
 */
const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));
const BASE = "3f1c2a0d9b8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a";
const HEAD = "a7d3e9f1c5b2a8d4e6f0c1b3a5d7e9f2b4c6d8e0";
const AUTHOR = { login: "jdoe", id: 4411023 };
const APPROVER = { login: "priya-finops", id: 5120931 };

const github = await startFakeGitHub({
  owner: "acme",
  repo: "infra",
  commits: { [BASE]: await snapshotDirectory(fixture("demo/base")), [HEAD]: await snapshotDirectory(fixture("demo/head")) },
  pull: { number: 42, base: BASE, head: HEAD, author: AUTHOR.login, title: "Scale prod: 4 m5.large web nodes, Multi-AZ database" },
  teams: { "acme/finops": [APPROVER.login] },
});
try {
  const probot = await loadOfflineCostgate(github, { signingKey: "demo-signing-key" });
  const started = performance.now();

  await probot.receive({ id: "demo-delivery-1", name: "pull_request", payload: pullRequestOpened(BASE, HEAD) });
  section("1. Pull request acme/infra#42 opened: the comment Costgate posts");
  console.log(costgateComment(github));
  printCheck(github);

  await command(probot, github, "demo-delivery-2", AUTHOR, "/costgate approve");
  section(`2. @${AUTHOR.login} (the author) comments "/costgate approve": Costgate replies`);
  console.log(github.state.comments.at(-1)?.body ?? "(no reply)");
  printCheck(github);

  await command(probot, github, "demo-delivery-3", APPROVER, "/costgate approve Budgeted in FIN-231 (Q3 capacity)");
  section(`3. @${APPROVER.login} (@acme/finops) comments "/costgate approve Budgeted in FIN-231 (Q3 capacity)"`);
  const comment = costgateComment(github);
  console.log(comment.slice(0, comment.indexOf("\n| Project")).trim());
  console.log("\n[...]\n");
  console.log(comment.slice(comment.indexOf("#### Cost approvals")));
  const check = printCheck(github);

  const elapsed = Math.round(performance.now() - started);
  console.log(`\n${github.state.requests.length} GitHub API requests, ${elapsed} ms.`);
  process.exitCode = check?.conclusion === "success" && github.state.reactions.length === 1 ? 0 : 1;
} finally {
  await github.close();
}

/** A person comments on #42 (on the stand-in GitHub), and GitHub delivers the webhook. */
async function command(probot: Probot, fake: FakeGitHub, id: string, user: { login: string; id: number }, body: string) {
  const comment = fake.addUserComment(user, body);
  const payload = webhookPayload("issue_comment.created");
  payload.comment = { ...payload.comment, id: comment.id, body, created_at: comment.created_at, updated_at: comment.created_at, user: { ...payload.comment.user, ...user } };
  payload.sender = { ...payload.sender, ...user };
  await probot.receive({ id, name: "issue_comment", payload });
}

function costgateComment(fake: FakeGitHub): string {
  return fake.state.comments.find((c) => c.body.startsWith("<!-- costgate:comment"))?.body ?? "(no comment)";
}

function printCheck(fake: FakeGitHub) {
  const check = fake.state.checkRuns.at(-1);
  const buttons = check?.actions?.map((a) => `  [${a.label}]`).join("") ?? "";
  const annotations = check?.output?.annotations?.length ?? 0;
  console.log(`\nCheck run: Costgate · ${check?.status} · ${check?.conclusion ?? "no conclusion"} · ${check?.output?.title ?? ""}${buttons}`);
  if (annotations > 0) console.log(`           ${annotations} annotations on the lines that drive the increase`);
  return check;
}

function section(title: string) {
  console.log(`\n──── ${title} ────\n`);
}
