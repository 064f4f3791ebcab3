import type { GitHubClient } from "./client.js";
import { callGitHub } from "./github-call.js";

/**
 * The commit a pull request branched from: what its "before" cost is measured on, as
 * GitHub's own diff is. The base branch's tip would count other merged changes as this
 * pull request's (in reverse).
 */
export async function getMergeBase(octokit: GitHubClient, params: { owner: string; repo: string; base: string; head: string }): Promise<string> {
  const { data } = await callGitHub(() =>
    octokit.rest.repos.compareCommitsWithBasehead({ owner: params.owner, repo: params.repo, basehead: `${params.base}...${params.head}`, per_page: 1 }),
  );
  return data.merge_base_commit.sha;
}
