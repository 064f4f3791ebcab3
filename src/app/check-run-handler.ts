import type { Context } from "probot";
import { CHECK_RUN_NAME } from "../github/index.js";
import type { AppServices } from "./app-services.js";
import { runApprovalRequest } from "./approval-run.js";
import { APPROVE_ACTION } from "./publish-evaluation.js";
import { pullRequestKey, runContext } from "./pull-request-handler.js";
import { pullRequestOfCheckRun } from "./run-context.js";
import { recompute } from "./run-gate.js";

type CheckRunPayload = Context<"check_run">["payload"]["check_run"];

function pullRequestOf(run: CheckRunPayload): number | null {
  // Another app's check of the same repository is none of Costgate's business.
  return run.name === CHECK_RUN_NAME ? pullRequestOfCheckRun(run) : null;
}

/**
 * The Approve cost button. GitHub shows the button to anyone who can see the check, so the
 * clicker is authorized exactly like `/costgate approve`, now, and the approval is bound to
 * the commit of the clicked check (approval-request.ts).
 */
export async function handleCheckRunAction(context: Context<"check_run.requested_action">, services: AppServices): Promise<void> {
  const { check_run: run, requested_action: action, sender } = context.payload;
  const number = pullRequestOf(run);
  if (number === null || action?.identifier !== APPROVE_ACTION.identifier) return;
  const ctx = runContext(context, number, services);
  const request = {
    command: "approve" as const, reason: "", via: "check-button" as const, checkRunHeadSha: run.head_sha,
    at: services.now().toISOString().replace(/\.\d+Z$/, "Z"),
    sender: { login: sender.login, id: sender.id, type: sender.type },
  };
  await services.pullRequests.run(pullRequestKey(ctx), () => runApprovalRequest(ctx, request, `check-run-${run.id}-${sender.id}`));
}

/** "Re-run" on the Costgate check: a fresh evaluation of the pull request's current head. */
export async function handleCheckRunRerequested(context: Context<"check_run.rerequested">, services: AppServices): Promise<void> {
  const number = pullRequestOf(context.payload.check_run);
  if (number === null) return;
  const ctx = runContext(context, number, services);
  await services.pullRequests.run(pullRequestKey(ctx), () => recompute(ctx));
}
