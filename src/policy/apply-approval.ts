import type { Decimal } from "../shared/decimal.js";
import type { ApprovalLogEntry, ApprovalRecord, RevocationRecord } from "./approval-record.js";
import type { Sender } from "./authorize-approval.js";
import type { ThresholdHit } from "./threshold-hit.js";

export interface NewApproval {
  sender: Pick<Sender, "login" | "id">;
  /** From a successful authorizeApproval. */
  covers: readonly string[];
  hits: readonly ThresholdHit[];
  /** The pull request's overall monthly increase now. */
  overallIncrease: Decimal;
  headSha: string;
  at: string;
  reason: string;
  via: ApprovalRecord["via"];
  commentId?: number;
}

/** The record of an authorized approval, with the per-scope ceilings `amount` scope checks. */
export function buildApprovalRecord(a: NewApproval): ApprovalRecord {
  const scopes = new Map<string, string>();
  for (const h of a.hits) if (a.covers.includes(h.threshold)) scopes.set(h.scope, h.increase.toString());
  return {
    kind: "approval",
    approver: a.sender.login,
    approverId: a.sender.id,
    at: a.at,
    headSha: a.headSha,
    approvedIncrease: a.overallIncrease.toString(),
    scopes: [...scopes].map(([scope, increase]) => ({ scope, increase })),
    thresholds: [...a.covers],
    reason: a.reason,
    via: a.via,
    ...(a.commentId === undefined ? {} : { commentId: a.commentId }),
  };
}

/**
 * Append an approval. A redelivered webhook (same command comment) or a second click on the
 * button for the same commit and amount changes nothing: "already recorded".
 */
export function applyApproval(records: readonly ApprovalLogEntry[], record: ApprovalRecord): { records: ApprovalLogEntry[]; outcome: "recorded" | "already recorded" } {
  const current = activeApprovals(records).find((r) => r.approverId === record.approverId);
  if (seenComment(records, record.commentId) || (current && sameApproval(current, record))) return { records: [...records], outcome: "already recorded" };
  return { records: [...records, record], outcome: "recorded" };
}

/** Withdraw the approver's standing approval; the log keeps both lines for the audit. */
export function applyRevocation(
  records: readonly ApprovalLogEntry[],
  revocation: RevocationRecord,
): { records: ApprovalLogEntry[]; outcome: "revoked" | "already recorded" | "nothing to revoke" } {
  if (seenComment(records, revocation.commentId)) return { records: [...records], outcome: "already recorded" };
  if (!activeApprovals(records).some((r) => r.approverId === revocation.approverId)) return { records: [...records], outcome: "nothing to revoke" };
  return { records: [...records, revocation], outcome: "revoked" };
}

/** Each approver's latest approval, unless they revoked after it; in log order. */
export function activeApprovals(records: readonly ApprovalLogEntry[]): ApprovalRecord[] {
  const latest = new Map<number, ApprovalRecord>();
  for (const entry of records) {
    if (entry.kind === "approval") latest.delete(entry.approverId), latest.set(entry.approverId, entry);
    else latest.delete(entry.approverId);
  }
  return [...latest.values()];
}

function seenComment(records: readonly ApprovalLogEntry[], commentId: number | undefined): boolean {
  return commentId !== undefined && records.some((r) => r.commentId === commentId);
}

function sameApproval(a: ApprovalRecord, b: ApprovalRecord): boolean {
  const key = (r: ApprovalRecord) => JSON.stringify([r.headSha, r.approvedIncrease, r.scopes, [...r.thresholds].sort()]);
  return key(a) === key(b);
}
