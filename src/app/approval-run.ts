import { resolveApprovalRequest, staleClick, type ApprovalRequest } from "./approval-request.js";
import { acknowledge, replyOnce } from "./reply-once.js";
import { errorMessage, freshPullRequest, type RunContext } from "./run-context.js";
import { evaluate, failCheck, publishIfCurrent, startCheck } from "./run-gate.js";

/**
 * `/costgate approve`, `/costgate revoke` and the Approve cost button. A refusal is a short
 * reply (once per command) and nothing else: no check run, no comment edit. A repeat changes
 * nothing. A change gets a new check run on the head commit and the comment rewritten with
 * the log, then a 👍 on the command.
 */
export async function runApprovalRequest(ctx: RunContext, request: ApprovalRequest, replyKey: string): Promise<void> {
  const who = `@${request.sender.login}`;
  let evaluated;
  let outcome;
  try {
    const pr = await freshPullRequest(ctx);
    const stale = staleClick(pr, request);
    if (stale) return void (await replyOnce(ctx, replyKey, `${who} Your approval was not recorded: ${stale}.`));
    evaluated = await evaluate(ctx, pr);
    outcome = await resolveApprovalRequest(ctx.octokit, evaluated, request);
  } catch (err) {
    ctx.log.error({ err }, "costgate could not process a command");
    await replyOnce(ctx, replyKey, `${who} Costgate could not process this ${describe(request)}: ${errorMessage(err)}`);
    return;
  }
  if (outcome.kind === "refused") {
    const what = request.command === "approve" ? "Your approval was not recorded" : "Nothing was revoked";
    await replyOnce(ctx, replyKey, `${who} ${what}: ${outcome.reason}.`);
    return;
  }
  if (outcome.kind === "unchanged") return;

  const check = await startCheck(ctx, evaluated.target.pr.head.sha);
  try {
    if (await publishIfCurrent(ctx, check, evaluated, outcome.records)) {
      if (request.commentId !== undefined) await acknowledge(ctx, request.commentId);
    } else {
      await replyOnce(ctx, replyKey, `${who} The pull request received a new commit while your ${describe(request)} was being recorded, so it was not; repeat it once Costgate has estimated the new commit.`);
    }
  } catch (err) {
    await failCheck(ctx, check, err);
  }
}

function describe(request: ApprovalRequest): string {
  if (request.via === "check-button") return "approval";
  return request.command === "approve" ? "`/costgate approve`" : "`/costgate revoke`";
}
