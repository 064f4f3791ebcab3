import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Probot, ProbotOctokit } from "probot";
import { createCostgateApp } from "../index.js";
import { createPricing } from "../pricing/create-pricing.js";
import { startFakeGitHub } from "./fake-github.js";
import { snapshotDirectory } from "./git-snapshot.js";

/**
 * `npm run demo`: the real GitHub App pipeline on a bundled example pull request. A stand-in
 * GitHub API on 127.0.0.1 serves two revisions of a small Terraform repository
 * (fixtures/demo/base and fixtures/demo/head); prices come from the bundled snapshot. No
 * credentials, no network. Prints the comment Costgate posts and the check run's conclusion.
 */
const fixtures = (side: string) => fileURLToPath(new URL(`../../fixtures/demo/${side}`, import.meta.url));
const BASE = "3f1c2a0d9b8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a";
const HEAD = "a7d3e9f1c5b2a8d4e6f0c1b3a5d7e9f2b4c6d8e0";

const github = await startFakeGitHub({
  owner: "acme",
  repo: "infra",
  commits: { [BASE]: await snapshotDirectory(fixtures("base")), [HEAD]: await snapshotDirectory(fixtures("head")) },
  pull: { number: 42, base: BASE, head: HEAD, author: "jdoe", title: "Scale prod: 4 m5.large web nodes, Multi-AZ database" },
});
try {
  const probot = new Probot({
    appId: 912044,
    privateKey: generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    baseUrl: github.url,
    logLevel: "warn",
    Octokit: ProbotOctokit.defaults((o: object) => ({ ...o, retry: { enabled: false }, throttle: { enabled: false } })),
  });
  await probot.load(createCostgateApp({ prices: await createPricing({ mode: "snapshot", cacheDir: false }) }));
  const payload = JSON.parse(readFileSync(fileURLToPath(new URL("../../fixtures/github/webhooks/pull_request.opened.json", import.meta.url)), "utf8"));
  payload.pull_request = { ...payload.pull_request, base: { ...payload.pull_request.base, sha: BASE }, head: { ...payload.pull_request.head, sha: HEAD } };

  const started = performance.now();
  await probot.receive({ id: "demo-delivery-1", name: "pull_request", payload });
  const elapsed = Math.round(performance.now() - started);

  const [comment] = github.state.comments;
  const [check] = github.state.checkRuns;
  console.log("──── Pull request acme/infra#42: the comment Costgate posts ────\n");
  console.log(comment ? comment.body : "(no comment)");
  console.log("──── Check run ────\n");
  console.log(`Costgate · ${check?.status} · ${check?.conclusion ?? "no conclusion"} · ${check?.output?.title ?? ""}`);
  console.log(`\n${github.state.requests.length} GitHub API requests, ${elapsed} ms.`);
  process.exitCode = check?.status === "completed" && comment ? 0 : 1;
} finally {
  await github.close();
}
