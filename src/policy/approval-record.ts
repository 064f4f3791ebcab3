/**
 * The audit trail of approvals, kept in Costgate's own pull request comment (approval-log.ts).
 * Plain JSON: amounts are decimal strings, times ISO 8601 as the app received them.
 */
export interface ApprovalRecord {
  kind: "approval";
  approver: string;
  /** GitHub user id: stable across login renames, so it is what makes approvers distinct. */
  approverId: number;
  at: string;
  /** The head commit the approver saw. */
  headSha: string;
  /** The pull request's overall monthly increase when approved, for the audit table. */
  approvedIncrease: string;
  /** The increase in each scope (project or "overall") where a covered threshold was hit: the
   *  ceiling `approval_scope: amount` holds the change to. */
  scopes: { scope: string; increase: string }[];
  /** Threshold names this approver was authorized for and approved. */
  thresholds: string[];
  reason: string;
  via: "comment" | "check-button";
  /** The `/costgate approve` comment; a redelivered webhook for it is recognised by this id. */
  commentId?: number;
}

export interface RevocationRecord {
  kind: "revocation";
  approver: string;
  approverId: number;
  at: string;
  headSha: string;
  commentId?: number;
}

export type ApprovalLogEntry = ApprovalRecord | RevocationRecord;
