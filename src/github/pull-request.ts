import type { GitHubClient } from "./client.js";
import { callGitHub } from "./github-call.js";

/** What Costgate needs of a pull request, read fresh (a webhook payload may be stale). */
export interface PullRequestInfo {
  number: number;
  state: "open" | "closed";
  draft: boolean;
  merged: boolean;
  /** Login of the pull request's author (null for a deleted account). */
  author: string | null;
  head: { sha: string; ref: string; /** "owner/repo"; null when the fork was deleted. */ repo: string | null };
  base: { sha: string; ref: string; repo: string };
  changed_files: number;
}

export async function getPullRequest(
  octokit: GitHubClient,
  params: { owner: string; repo: string; pull_number: number },
): Promise<PullRequestInfo> {
  const { data } = await callGitHub(() => octokit.rest.pulls.get(params));
  return {
    number: data.number,
    state: data.state as PullRequestInfo["state"],
    draft: data.draft ?? false,
    merged: data.merged,
    author: data.user?.login ?? null,
    head: { sha: data.head.sha, ref: data.head.ref, repo: data.head.repo?.full_name ?? null },
    base: { sha: data.base.sha, ref: data.base.ref, repo: data.base.repo.full_name },
    changed_files: data.changed_files,
  };
}
