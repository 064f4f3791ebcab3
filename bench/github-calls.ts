import { writeFile } from "node:fs/promises";
import path from "node:path";
import { startFakeGitHub } from "../src/demo/fake-github.js";
import { snapshotDirectory } from "../src/demo/git-snapshot.js";
import { loadOfflineCostgate, pullRequestOpened } from "../src/demo/offline-app.js";
import { ms } from "./bench-util.js";
import { generateRepository } from "./generated-repo.js";

/**
 * GitHub API calls the App makes for a pull request that changes one project's tfvars in a
 * 50-project monorepo (real App, real octokit over HTTP, stand-in GitHub on 127.0.0.1).
 */
export async function benchGitHubCalls(): Promise<void> {
  const root = await generateRepository(50, 2);
  const base = await snapshotDirectory(root);
  await writeFile(path.join(root, "projects/p17/terraform.tfvars"), 'instance_count = 3\nenvironment = "p17"\n');
  const head = await snapshotDirectory(root);
  const BASE = "1".repeat(40);
  const HEAD = "2".repeat(40);
  const github = await startFakeGitHub({
    owner: "acme", repo: "infra", commits: { [BASE]: base, [HEAD]: head },
    pull: { number: 42, base: BASE, head: HEAD, author: "jdoe", title: "Scale p17" },
  });
  try {
    const probot = await loadOfflineCostgate(github, { signingKey: "bench-signing-key" });
    const start = performance.now();
    await probot.receive({ id: "bench-1", name: "pull_request", payload: pullRequestOpened(BASE, HEAD) });
    const elapsed = performance.now() - start;
    const byRoute = new Map<string, number>();
    for (const r of github.state.requests) {
      const route = r.replace(/[0-9a-f]{40}/g, ":sha").replace(/\/\d+(?=\/|$)/g, "/:n").replace(/compare\/.*/, "compare/:basehead");
      byRoute.set(route, (byRoute.get(route) ?? 0) + 1);
    }
    const files = base.filter((f) => f.path.endsWith(".tf") || f.path.endsWith(".tfvars")).length;
    console.log(`github: a PR touching 1 of 50 projects (${files} Terraform files in the repository): ${github.state.requests.length} API calls, ${ms(elapsed)}`);
    for (const [route, count] of [...byRoute].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${route}`);
    console.log(`  check: ${github.state.checkRuns[0]?.output?.title}`);
  } finally {
    await github.close();
  }
}
