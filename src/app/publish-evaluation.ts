import {
  completeCheckRun,
  costgateMarker,
  upsertComment,
  type CheckAction,
  type CheckConclusion,
  type GitHubClient,
} from "../github/index.js";
import { decideVerdict, formatApprovalLog, type ApprovalLogEntry, type CostgateConfig } from "../policy/index.js";
import { costAnnotations } from "../report/cost-annotations.js";
import { renderFittedComment } from "../report/fit-comment.js";
import { buildGateView } from "../report/gate-view.js";
import { renderTemplate } from "../report/render.js";
import { buildFullListing, buildReportView } from "../report/view-model.js";
import { completeInvalidConfig, completeNoTerraformChanges } from "./check-outputs.js";
import { commentState, formatCommentState, type CommentState } from "./comment-state.js";
import type { Evaluation, Target } from "./evaluate-pull-request.js";
import { gateInputs } from "./gate-inputs.js";
import type { PreviousComment } from "./previous-comment.js";

/** The button on a blocked check; its click arrives as `check_run.requested_action`. */
export const APPROVE_ACTION: CheckAction = { label: "Approve cost", identifier: "approve", description: "Approve this cost increase" };

export interface PublishParams {
  octokit: GitHubClient;
  target: Target;
  checkRunId: number;
  botLogin: string;
  signingKey: string | undefined;
  evaluation: Evaluation;
  /** The approval log to write: as read from the comment, or with the approval just recorded. */
  records: readonly ApprovalLogEntry[];
}

/**
 * Posts a run's result:
 * 1. judge the gate with the approval log (decideVerdict);
 * 2. the comment, per `comment.behavior` and `comment.when`, carrying the verdict and the
 *    approval log (signed) so the next run finds both;
 * 3. the check run: verdict as conclusion and title, the same report as summary, every resource
 *    as text, annotations on the lines that drive the increase, and the Approve button while a
 *    block can be approved.
 * Estimate failures fail the check whatever the thresholds say: a partial diff is no basis
 * for passing a gate.
 */
export async function publishEvaluation(params: PublishParams): Promise<CheckConclusion> {
  const { octokit, target, checkRunId, evaluation } = params;
  const { owner, repo, pr } = target;
  const check = { octokit, owner, repo, checkRunId };
  if (evaluation.kind === "invalid-config") return completeInvalidConfig(check, evaluation.errors, pr.base).then(() => "failure");
  const { config, estimate, previous } = evaluation;
  if (estimate.kind === "no-terraform-changes") {
    // A cost comment from an earlier push would otherwise keep showing a number that no longer
    // applies: edit it in place (never a new comment for this), keeping the approval log.
    if (previous.comment) {
      const body = renderTemplate("no-changes-comment", {
        marker: costgateMarker(),
        commit: pr.head.sha.slice(0, 7),
        approvalLog: params.records.length > 0 ? formatApprovalLog(params.records, params.signingKey ? { signingKey: params.signingKey } : {}) : "",
      });
      await upsertComment({ octokit, owner, repo, issue_number: pr.number, botLogin: params.botLogin, body, behavior: "update" });
    }
    return completeNoTerraformChanges(check, estimate.changedFiles).then(() => "neutral");
  }

  const gate = gateInputs(config, estimate.diff);
  const verdict = decideVerdict({
    config, diff: estimate.diff, hits: gate.hits, unknowns: gate.unknowns, approvals: params.records,
    approvalLogProblem: previous.log.problem, headSha: pr.head.sha, org: owner,
  });
  const view = buildReportView({ diff: estimate.diff, failures: estimate.failures, headSha: pr.head.sha });
  const state = commentState({ headSha: pr.head.sha, diff: estimate.diff, verdict, records: params.records });
  const body = renderFittedComment(view, {
    gate: buildGateView({ verdict, gated: config.thresholds.length > 0, configWarnings: evaluation.configWarnings }),
    approvalLog: formatApprovalLog(params.records, params.signingKey ? { signingKey: params.signingKey } : {}),
    marker: costgateMarker(formatCommentState(state)),
  });
  if (shouldComment(config.comment.when, previous, state, gate.hit)) {
    await upsertComment({ octokit, owner, repo, issue_number: pr.number, botLogin: params.botLogin, body, behavior: config.comment.behavior });
  }

  const failed = estimate.failures.length > 0;
  const conclusion = failed ? "failure" : verdict.conclusion;
  const approvable = !failed && verdict.conclusion === "failure" && (verdict.needs?.approvals ?? 0) > 0;
  await completeCheckRun({
    octokit, owner, repo, check_run_id: checkRunId, conclusion,
    output: {
      title: !failed && gate.hit ? verdict.title : view.headline,
      summary: body,
      text: renderTemplate("check-text", { projects: buildFullListing(estimate.heads) }),
      annotations: costAnnotations({ diff: estimate.diff, hits: gate.hits, blocked: verdict.conclusion === "failure" }),
    },
    ...(approvable ? { actions: [APPROVE_ACTION] } : {}),
  });
  return conclusion;
}

/**
 * `comment.when`:
 * - always: every run (an identical body is not sent again);
 * - changed: only when the costs, the verdict or the approval log differ from the last comment;
 * - threshold: only when a threshold is hit, or when a comment already exists: that one keeps
 *   being updated, so it never shows a stale number after the pull request drops back under.
 */
function shouldComment(when: CostgateConfig["comment"]["when"], previous: PreviousComment, state: CommentState, hit: boolean): boolean {
  if (when === "changed") return previous.state?.digest !== state.digest;
  if (when === "threshold") return hit || previous.comment !== undefined;
  return true;
}
