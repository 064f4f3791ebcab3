import { dec } from "../shared/decimal.js";
import type { ApprovalRecord } from "./approval-record.js";
import type { CostgateConfig } from "./config-schema.js";
import { UNKNOWN_COSTS_GATE } from "./config-semantics.js";
import type { Gate } from "./gates.js";
import { formatMonthly } from "./usd.js";

export interface ValidityContext {
  approvalScope: CostgateConfig["approval_scope"];
  headSha: string;
  /** Name the scope in messages ("for prod") when the change spans several projects. */
  nameScopes: boolean;
}

/**
 * Which standing approvals count for a gate, and why the others that once covered it no
 * longer do. An approval counts only for thresholds it recorded (the ones its approver was
 * authorized for when approving).
 * - commit: only approvals given at the current head commit.
 * - amount: while every hit of the gate is in a scope the approval saw and its increase there
 *   has not grown beyond the approved one. A scope newly over the threshold needs a new approval.
 * Unpriced resources have no amount to hold against, so their approvals are always per commit.
 */
export function approvalsForGate(gate: Gate, approvals: readonly ApprovalRecord[], ctx: ValidityContext): { valid: ApprovalRecord[]; stale: string[] } {
  const valid: ApprovalRecord[] = [];
  const stale: string[] = [];
  for (const record of approvals) {
    if (!record.thresholds.includes(gate.name)) continue;
    const why = ctx.approvalScope === "commit" || gate.name === UNKNOWN_COSTS_GATE ? commitMismatch(record, ctx) : amountMismatch(record, gate, ctx);
    if (why) stale.push(why);
    else valid.push(record);
  }
  return { valid, stale };
}

function commitMismatch(record: ApprovalRecord, ctx: ValidityContext): string | null {
  if (record.headSha === ctx.headSha) return null;
  return `The approval by @${record.approver} was for ${short(record.headSha)}; the pull request is now at ${short(ctx.headSha)}, so it must be approved again.`;
}

function amountMismatch(record: ApprovalRecord, gate: Gate, ctx: ValidityContext): string | null {
  for (const hit of gate.hits) {
    const where = ctx.nameScopes ? ` for ${hit.scope}` : "";
    const approved = record.scopes.find((s) => s.scope === hit.scope);
    if (!approved) return `The approval by @${record.approver} at ${short(record.headSha)} did not cover ${hit.scope}, which is now over ${gate.name}.`;
    if (hit.increase.gt(dec(approved.increase))) {
      const was = formatMonthly(dec(approved.increase), { sign: true });
      const now = formatMonthly(hit.increase, { sign: true });
      return `The approval by @${record.approver} no longer covers the change: approved ${was}${where} at ${short(record.headSha)}; now ${now}.`;
    }
  }
  return null;
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
