import type { Diff } from "../../../src/estimate/breakdown-types.js";
import { applyApproval, buildApprovalRecord } from "../../../src/policy/apply-approval.js";
import type { ApprovalLogEntry } from "../../../src/policy/approval-record.js";
import { authorizeApproval } from "../../../src/policy/authorize-approval.js";
import type { CostgateConfig } from "../../../src/policy/config-schema.js";
import { decideVerdict } from "../../../src/policy/decide-verdict.js";
import { evaluateThresholds } from "../../../src/policy/evaluate-thresholds.js";
import type { UnknownCost } from "../../../src/policy/unknown-costs.js";

export const SHA_A = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";
export const SHA_B = "b2c3d4e5f60718293a4b5c6d7e8f901234567890";
export const ORG = "acme";
/** The finops team of the acme organization, as GitHub would answer membership. */
export const FINOPS = new Set(["bob", "carol", "erin"]);
export const membership = (login: string) => (team: string) => team === "acme/finops" && FINOPS.has(login);

const USER_IDS: Record<string, number> = { alice: 101, bob: 102, carol: 103, dave: 104, erin: 105, mallory: 106 };

/**
 * One pull request at one head commit, run the way the app does: evaluate, then authorize and
 * record `/costgate approve` comments, then decide.
 */
export function pullRequest(cfg: CostgateConfig, diff: Diff, headSha: string, unknowns: UnknownCost[] = []) {
  const hits = evaluateThresholds(cfg, diff);
  return {
    hits,
    /** Authorize and record an approval; throws when the sender is refused, with the reason. */
    approve(log: ApprovalLogEntry[], login: string, reason = "", commentId?: number): ApprovalLogEntry[] {
      const auth = authorizeApproval({ config: cfg, org: ORG, sender: { login, id: USER_IDS[login]!, type: "User" }, prAuthor: "dave", hits, unknowns, teamMembership: membership(login) });
      if (!auth.ok) throw new Error(auth.reason);
      const record = buildApprovalRecord({
        sender: { login, id: USER_IDS[login]! },
        covers: auth.covers,
        hits,
        overallIncrease: diff.diffTotalMonthlyCost,
        headSha,
        at: "2026-08-03T09:15:00Z",
        reason,
        via: "comment",
        ...(commentId === undefined ? {} : { commentId }),
      });
      return applyApproval(log, record).records;
    },
    decide(log: ApprovalLogEntry[] = []) {
      return decideVerdict({ config: cfg, diff, hits, unknowns, approvals: log, headSha, org: ORG });
    },
  };
}
