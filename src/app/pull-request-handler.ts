import type { Context } from "probot";
import type { GitHubClient } from "../github/index.js";
import type { AppServices } from "./app-services.js";
import type { RunContext } from "./run-context.js";
import { runGate, startCheck } from "./run-gate.js";

export const PULL_REQUEST_EVENTS = ["pull_request.opened", "pull_request.synchronize", "pull_request.reopened", "pull_request.ready_for_review"] as const;

/**
 * A push (or an opened, reopened, ready pull request): the check goes in progress on the pushed
 * commit at once, then the run waits its turn on this pull request (serial-queue.ts) and
 * evaluates whatever the pull request's head is by then (run-gate.ts).
 */
export async function handlePullRequest(context: Context<"pull_request">, services: AppServices): Promise<void> {
  const ctx = runContext(context, context.payload.pull_request.number, services);
  const check = await startCheck(ctx, context.payload.pull_request.head.sha);
  await services.pullRequests.run(pullRequestKey(ctx), () => runGate(ctx, check));
}

export function runContext(context: Context, number: number, services: AppServices): RunContext {
  const { owner, repo } = context.repo();
  return { octokit: context.octokit as unknown as GitHubClient, owner, repo, number, services, log: context.log };
}

export function pullRequestKey(ctx: Pick<RunContext, "owner" | "repo" | "number">): string {
  return `${ctx.owner}/${ctx.repo}#${ctx.number}`;
}
