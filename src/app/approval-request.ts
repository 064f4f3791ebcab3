import type { GitHubClient, PullRequestInfo } from "../github/index.js";
import { applyApproval, applyRevocation, buildApprovalRecord, type ApprovalLogEntry, type Sender } from "../policy/index.js";
import { formatMoney } from "../report/money.js";
import { dec } from "../shared/decimal.js";
import { authorizeSender } from "./authorize-sender.js";
import type { Evaluation, Target } from "./evaluate-pull-request.js";
import { gateInputs } from "./gate-inputs.js";

export interface ApprovalRequest {
  command: "approve" | "revoke";
  sender: Sender;
  reason: string;
  via: "comment" | "check-button";
  /** When it was asked: the command comment's creation time, or the click's arrival. */
  at: string;
  /** The `/costgate` comment; a repeat of it is recognised in the log. */
  commentId?: number;
  /** The clicked check run's commit: a click approves what that check showed. */
  checkRunHeadSha?: string;
}

/**
 * A click on an older commit's check approves nothing: known from the pull request alone, so
 * the App can refuse before estimating anything.
 */
export function staleClick(pr: Pick<PullRequestInfo, "head">, request: Pick<ApprovalRequest, "checkRunHeadSha">): string | null {
  if (request.checkRunHeadSha === undefined || request.checkRunHeadSha === pr.head.sha) return null;
  return `that check is for ${request.checkRunHeadSha.slice(0, 7)}, but the pull request is now at ${pr.head.sha.slice(0, 7)}; use the button on the newest Costgate check`;
}

export type ApprovalOutcome = { kind: "refused"; reason: string } | { kind: "unchanged" } | { kind: "changed"; records: ApprovalLogEntry[] };

/**
 * What an approve or revoke does to the approval log, decided against the pull request as it
 * is now (principle 4):
 * 1. a command already in the log changes nothing (a redelivery, on any replica);
 * 2. only an open pull request with a valid config and a complete estimate can be approved;
 * 3. the approver approves what they saw: a click, the commit of the clicked check; a comment,
 *    the increase Costgate's comment shows (else someone could push a larger increase just
 *    before the approval lands);
 * 4. the sender is authorized now (authorize-sender.ts), and the record binds the head commit,
 *    the increase per scope and the thresholds the sender may approve.
 */
export async function resolveApprovalRequest(octokit: GitHubClient, evaluated: { target: Target; evaluation: Evaluation }, request: ApprovalRequest): Promise<ApprovalOutcome> {
  const { target, evaluation } = evaluated;
  const { pr } = target;
  const refuse = (reason: string): ApprovalOutcome => ({ kind: "refused", reason });
  const records = evaluation.kind === "evaluated" ? evaluation.previous.log.records : [];
  if (request.commentId !== undefined && records.some((r) => r.commentId === request.commentId)) return { kind: "unchanged" };
  if (pr.state !== "open") return refuse("the pull request is closed");
  if (evaluation.kind === "invalid-config") return refuse("the Costgate config on the base branch is invalid (the check run says where); nothing can be approved or revoked until it is fixed");

  const at = { approver: request.sender.login, approverId: request.sender.id, at: request.at, headSha: pr.head.sha };
  if (request.command === "revoke") {
    const revocation = { kind: "revocation" as const, ...at, ...(request.commentId === undefined ? {} : { commentId: request.commentId }) };
    const result = applyRevocation(records, revocation);
    if (result.outcome === "nothing to revoke") return refuse("you have no standing approval on this pull request");
    return result.outcome === "revoked" ? { kind: "changed", records: result.records } : { kind: "unchanged" };
  }

  const { estimate, config, previous } = evaluation;
  if (estimate.kind === "no-terraform-changes") return refuse("nothing to approve: this pull request changes no Terraform");
  if (estimate.failures.length > 0) return refuse(`Costgate could not estimate ${estimate.failures.map((f) => f.project).join(", ")}, and an approval cannot cover a partial estimate`);
  const increase = estimate.diff.diffTotalMonthlyCost;
  const stale = staleClick(pr, request);
  if (stale) return refuse(stale);
  if (request.via === "comment") {
    if (!previous.state) return refuse("Costgate has not posted an estimate for this pull request yet; wait for its comment (or run `/costgate recalculate`) and approve again");
    if (!dec(previous.state.increase).equals(increase)) {
      const shown = formatMoney(dec(previous.state.increase), { sign: true });
      return refuse(`the estimate changed since Costgate's comment (it shows ${shown}/mo, now ${formatMoney(increase, { sign: true })}/mo); review the updated comment and approve again`);
    }
  }

  const { hits, unknowns } = gateInputs(config, estimate.diff);
  const auth = await authorizeSender(octokit, { config, org: target.owner, sender: request.sender, prAuthor: pr.author ?? "", hits, unknowns });
  if (!auth.ok) return refuse(auth.reason);
  const record = buildApprovalRecord({
    sender: request.sender, covers: auth.covers, hits, overallIncrease: increase, headSha: pr.head.sha, at: request.at,
    reason: request.reason, via: request.via, ...(request.commentId === undefined ? {} : { commentId: request.commentId }),
  });
  const result = applyApproval(records, record);
  return result.outcome === "recorded" ? { kind: "changed", records: result.records } : { kind: "unchanged" };
}
