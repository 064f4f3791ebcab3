import { createCheckRun, type PullRequestInfo } from "../github/index.js";
import type { ApprovalLogEntry } from "../policy/index.js";
import { completeSuperseded, completeWithError, type CheckParams } from "./check-outputs.js";
import { evaluatePullRequest, type Evaluation, type Target } from "./evaluate-pull-request.js";
import { publishEvaluation } from "./publish-evaluation.js";
import { checkRunExternalId, errorMessage, freshPullRequest, type RunContext } from "./run-context.js";

export interface CheckRunRef {
  id: number;
  headSha: string;
}

/** Starts the Costgate check on a commit, in progress until a run completes it. */
export async function startCheck(ctx: RunContext, headSha: string): Promise<CheckRunRef> {
  const run = await createCheckRun({ octokit: ctx.octokit, owner: ctx.owner, repo: ctx.repo, head_sha: headSha, external_id: checkRunExternalId(ctx.number) });
  return { id: run.id, headSha };
}

export async function evaluate(ctx: RunContext, pr: PullRequestInfo): Promise<{ target: Target; evaluation: Evaluation }> {
  const target = { owner: ctx.owner, repo: ctx.repo, pr };
  const evaluation = await evaluatePullRequest(ctx.octokit, target, { ...ctx.services, botLogin: await ctx.services.botLogin() });
  return { target, evaluation };
}

/**
 * Publishes only while the pull request is still at the evaluated commit: a slower run for an
 * older commit never overwrites the result of a newer one (it completes its own check as
 * superseded instead). Returns whether it published.
 */
export async function publishIfCurrent(
  ctx: RunContext,
  check: CheckRunRef,
  evaluated: { target: Target; evaluation: Evaluation },
  records: readonly ApprovalLogEntry[],
): Promise<boolean> {
  const now = await freshPullRequest(ctx);
  if (now.head.sha !== evaluated.target.pr.head.sha) {
    await completeSuperseded(checkParams(ctx, check), evaluated.target.pr.head.sha, now.head.sha);
    return false;
  }
  await publishEvaluation({
    octokit: ctx.octokit, target: evaluated.target, checkRunId: check.id, botLogin: await ctx.services.botLogin(),
    signingKey: ctx.services.signingKey, evaluation: evaluated.evaluation, records,
  });
  return true;
}

/**
 * The runner for a full evaluation (a push, "Re-run", `/costgate recalculate`): the check is
 * already in progress; whatever happens it ends completed, an error as a failed check that
 * says what failed. The App never crashes on a pull request.
 */
export async function runGate(ctx: RunContext, check: CheckRunRef, known?: PullRequestInfo): Promise<void> {
  try {
    const pr = known ?? (await freshPullRequest(ctx));
    if (pr.head.sha !== check.headSha) {
      await completeSuperseded(checkParams(ctx, check), check.headSha, pr.head.sha);
      return;
    }
    const evaluated = await evaluate(ctx, pr);
    const records = evaluated.evaluation.kind === "evaluated" ? evaluated.evaluation.previous.log.records : [];
    await publishIfCurrent(ctx, check, evaluated, records);
  } catch (err) {
    await failCheck(ctx, check, err);
  }
}

/** `/costgate recalculate` and "Re-run": a new check on the pull request's current head. */
export async function recompute(ctx: RunContext): Promise<void> {
  const pr = await freshPullRequest(ctx);
  await runGate(ctx, await startCheck(ctx, pr.head.sha), pr);
}

export async function failCheck(ctx: RunContext, check: CheckRunRef, err: unknown): Promise<void> {
  ctx.log.error({ err, pr: `${ctx.owner}/${ctx.repo}#${ctx.number}` }, "costgate run failed");
  await completeWithError(checkParams(ctx, check), check.headSha, errorMessage(err));
}

function checkParams(ctx: RunContext, check: CheckRunRef): CheckParams {
  return { octokit: ctx.octokit, owner: ctx.owner, repo: ctx.repo, checkRunId: check.id };
}
