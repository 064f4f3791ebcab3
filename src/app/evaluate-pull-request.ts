import type { GitHubClient, PullRequestInfo } from "../github/index.js";
import type { ConfigProblem, CostgateConfig } from "../policy/index.js";
import type { AppServices } from "./app-services.js";
import { estimatePullRequest, type PullRequestEstimate } from "./estimate-pull-request.js";
import { loadRepositoryConfig } from "./load-repository-config.js";
import { readPreviousComment, type PreviousComment } from "./previous-comment.js";

/** A pull request as read fresh from GitHub (a webhook payload may be stale). */
export interface Target {
  owner: string;
  repo: string;
  pr: PullRequestInfo;
}

export type Evaluation =
  | { kind: "invalid-config"; errors: ConfigProblem[] }
  | { kind: "evaluated"; config: CostgateConfig; configWarnings: ConfigProblem[]; estimate: PullRequestEstimate; previous: PreviousComment };


/**
 * Everything a run reads before it judges:
 * 1. the config from the base commit (load-repository-config.ts); an invalid one stops here;
 * 2. the estimate at the current head, over the configured or discovered projects;
 * 3. Costgate's newest comment: the approval log and what the comment last showed.
 */
export async function evaluatePullRequest(
  octokit: GitHubClient,
  target: Target,
  services: Pick<AppServices, "blobs" | "prices" | "modules" | "signingKey"> & { botLogin: string },
): Promise<Evaluation> {
  const { owner, repo, pr } = target;
  const loaded = await loadRepositoryConfig(octokit, { owner, repo, baseSha: pr.base.sha });
  if (!loaded.ok) return { kind: "invalid-config", errors: loaded.errors };
  const ref = { owner, repo, number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha };
  const estimate = await estimatePullRequest(octokit, ref, services, loaded.config.projects);
  // Read even without Terraform changes: a comment from an earlier push must not keep a stale number.
  const previous = await readPreviousComment({ octokit, owner, repo, issue_number: pr.number, botLogin: services.botLogin, signingKey: services.signingKey });
  return { kind: "evaluated", config: loaded.config, configWarnings: loaded.warnings, estimate, previous };
}
