import type { Logger } from "pino";
import { getPullRequest, type GitHubClient, type PullRequestInfo } from "../github/index.js";
import type { AppServices } from "./app-services.js";

/** One event's view of one pull request: who to call GitHub as, and the App's services. */
export interface RunContext {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  number: number;
  services: AppServices;
  log: Pick<Logger, "error" | "warn" | "info">;
}

/** The pull request as GitHub has it now: head, base and author are never taken from a payload. */
export function freshPullRequest(ctx: RunContext): Promise<PullRequestInfo> {
  return getPullRequest(ctx.octokit, { owner: ctx.owner, repo: ctx.repo, pull_number: ctx.number });
}

/**
 * The check run's external id names its pull request: a click on its button or "Re-run" must
 * find the pull request even for a fork, whose check runs list no pull requests.
 */
export function checkRunExternalId(number: number): string {
  return `pull-request:${number}`;
}

export function pullRequestOfCheckRun(run: { external_id: string | null; pull_requests: { number: number }[] }): number | null {
  const match = /^pull-request:(\d+)$/.exec(run.external_id ?? "");
  return match ? Number(match[1]) : (run.pull_requests[0]?.number ?? null);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
