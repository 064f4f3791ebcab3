import { resolveApprovalRequest, staleClick, type ApprovalOutcome, type ApprovalRequest } from "./approval-request.js";
import type { Evaluation, Target } from "./evaluate-pull-request.js";
import { acknowledge, replyOnce } from "./reply-once.js";
import { errorMessage, freshPullRequest, type RunContext } from "./run-context.js";
import { evaluate, failCheck, publishIfCurrent, startCheck } from "./run-gate.js";

type Decision = Exclude<ApprovalOutcome, { kind: "changed" }> | (Extract<ApprovalOutcome, { kind: "changed" }> & { evaluated: { target: Target; evaluation: Evaluation } });

/**
 * `/costgate approve`, `/costgate revoke` and the Approve cost button. A refusal is a short
 * reply (once per command) and nothing else: no check run, no comment edit. A repeat changes
 * nothing. A change gets a new check run on the head commit and the comment rewritten with
 * the log, then a 👍 on the command.
 */
export async function runApprovalRequest(ctx: RunContext, request: ApprovalRequest, replyKey: string): Promise<void> {
  const reply = (text: string) => replyOnce(ctx, replyKey, `@${request.sender.login} ${quietMentions(text)}`);
  let decision: Decision;
  try {
    decision = await decide(ctx, request);
  } catch (err) {
    ctx.log.error({ err }, "costgate could not process a command");
    await reply(`Costgate could not process this ${describe(request)}: ${errorMessage(err)}`);
    return;
  }
  if (decision.kind === "refused") {
    await reply(`${request.command === "approve" ? "Your approval was not recorded" : "Nothing was revoked"}: ${decision.reason}.`);
    return;
  }
  if (decision.kind === "unchanged") return;

  const check = await startCheck(ctx, decision.evaluated.target.pr.head.sha);
  try {
    if (await publishIfCurrent(ctx, check, decision.evaluated, decision.records)) {
      if (request.commentId !== undefined) await acknowledge(ctx, request.commentId);
    } else {
      await reply(`The pull request received a new commit while your ${describe(request)} was being recorded, so it was not; repeat it once Costgate has estimated the new commit.`);
    }
  } catch (err) {
    await failCheck(ctx, check, err);
  }
}

async function decide(ctx: RunContext, request: ApprovalRequest): Promise<Decision> {
  const pr = await freshPullRequest(ctx);
  const stale = staleClick(pr, request);
  // Known from the pull request alone: refused before estimating anything.
  if (stale) return { kind: "refused", reason: stale };
  const evaluated = await evaluate(ctx, pr);
  const outcome = await resolveApprovalRequest(ctx.octokit, evaluated, request);
  return outcome.kind === "changed" ? { ...outcome, evaluated } : outcome;
}

/**
 * "@acme/finops" as code, so it names the approvers without notifying them: anyone can comment
 * `/costgate approve`, and each refusal must not become a ping to the finance team.
 */
function quietMentions(text: string): string {
  return text.replace(/(^|[\s(])(@[A-Za-z0-9][\w-]*(?:\/[\w.-]+)?)/g, "$1`$2`");
}

function describe(request: ApprovalRequest): string {
  if (request.via === "check-button") return "approval";
  return request.command === "approve" ? "`/costgate approve`" : "`/costgate revoke`";
}
