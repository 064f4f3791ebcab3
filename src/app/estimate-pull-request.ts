import type { ChangeEstimate } from "../estimate/estimate-change.js";
import { estimateChange } from "../estimate/estimate-change.js";
import { createGitHubTree, getMergeBase, listPullRequestFiles, type GitHubClient } from "../github/index.js";
import { affectedProjects, mayAffectCost } from "../terraform/projects/affected-projects.js";
import { discoverProjects, type ConfiguredProject } from "../terraform/projects/discover-projects.js";
import type { AppServices } from "./app-services.js";

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
}

export type PullRequestEstimate = { kind: "no-terraform-changes"; changedFiles: number } | ({ kind: "estimated"; mergeBase: string } & ChangeEstimate);

/**
 * The core of a pull request run:
 * 1. list the changed files;
 * 2. read the repository at the merge base and at head (trees once, blobs on demand, shared cache);
 * 3. find the root modules on each side (the config's \`projects\` when it lists them, else
 *    discovery) and keep those the changed files affect;
 * 4. estimate base and head of each and diff them.
 */
export async function estimatePullRequest(
  octokit: GitHubClient,
  pr: PullRequestRef,
  services: Pick<AppServices, "blobs" | "prices" | "modules">,
  configured?: readonly ConfiguredProject[],
): Promise<PullRequestEstimate> {
  const { owner, repo } = pr;
  const [{ files, truncated }, mergeBase] = await Promise.all([
    listPullRequestFiles(octokit, { owner, repo, pull_number: pr.number }),
    getMergeBase(octokit, { owner, repo, base: pr.baseSha, head: pr.headSha }),
  ]);
  const changed = files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
  // Documentation-only changes are answered without reading a single file.
  if (!truncated && !changed.some(mayAffectCost)) return { kind: "no-terraform-changes", changedFiles: files.length };
  const head = createGitHubTree({ octokit, owner, repo, sha: pr.headSha, blobs: services.blobs });
  const base = createGitHubTree({ octokit, owner, repo, sha: mergeBase, blobs: services.blobs });

  const [atHead, atBase] = await Promise.all([discoverProjects(head, configured && [...configured]), discoverProjects(base, configured && [...configured])]);
  // Past GitHub's 3,000-file listing limit the change cannot be seen whole: estimate every project.
  const affected = truncated
    ? [...atHead.projects, ...atBase.projects]
    : [...affectedProjects(atHead.projects, changed, atHead.graph), ...affectedProjects(atBase.projects, changed, atBase.graph)];
  const touched = new Set(affected.map((p) => p.name));
  if (touched.size === 0) return { kind: "no-terraform-changes", changedFiles: files.length };

  const estimate = await estimateChange({
    base,
    head,
    baseProjects: atBase.projects.filter((p) => touched.has(p.name)),
    headProjects: atHead.projects.filter((p) => touched.has(p.name)),
    deps: { prices: services.prices, modules: services.modules(octokit) },
  });
  return { kind: "estimated", mergeBase, ...estimate };
}
