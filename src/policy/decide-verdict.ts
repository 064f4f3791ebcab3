import type { Diff } from "../estimate/breakdown-types.js";
import type { ApprovalLogEntry } from "./approval-record.js";
import { activeApprovals } from "./apply-approval.js";
import type { CostgateConfig } from "./config-schema.js";
import { gatesOf } from "./gates.js";
import { judgeGate, type GateVerdict } from "./judge-gate.js";
import type { ThresholdHit } from "./threshold-hit.js";
import type { UnknownCost } from "./unknown-costs.js";
import { formatMonthly } from "./usd.js";

export interface Verdict {
  conclusion: "success" | "failure";
  /** One line for the check run title. */
  title: string;
  /** Markdown lines for the check run summary. */
  summary: string[];
  /** Block gates still missing approvals. */
  blocking: GateVerdict[];
  /** Block gates whose approvals count. */
  approved: GateVerdict[];
  /** Warn gates, and problems with the approval log, as Markdown lines. */
  warnings: string[];
  /** What the first blocking gate still needs; null when nothing blocks. */
  needs: { approvals: number; from: string } | null;
  /** Whether the title or conclusion differ from the previous verdict (true without one). */
  changed: boolean;
}

export interface DecideVerdictParams {
  config: Pick<CostgateConfig, "thresholds" | "unknown_costs" | "approval_scope">;
  diff: Pick<Diff, "projects" | "diffTotalMonthlyCost">;
  hits: readonly ThresholdHit[];
  unknowns: readonly UnknownCost[];
  /** The approval log as parsed from Costgate's comment. */
  approvals: readonly ApprovalLogEntry[];
  /** Why the approval log could not be read, from parseApprovalLog; shown as a warning. */
  approvalLogProblem?: string | null;
  headSha: string;
  /** The repository owner: bare team slugs are shown as @org/slug. */
  org: string;
  previousVerdict?: Pick<Verdict, "conclusion" | "title">;
}

/**
 * The check run's outcome.
 * 1. Group hits and unpriced resources into gates (gates.ts).
 * 2. Judge each gate against the standing approvals (judge-gate.ts).
 * 3. Fail if any block gate lacks approvals; otherwise succeed, warnings included.
 * 4. Title from the most important gate: blocked, then approved, then warning, then the total.
 */
export function decideVerdict(params: DecideVerdictParams): Verdict {
  const { config, diff } = params;
  const ctx = { approvalScope: config.approval_scope, headSha: params.headSha, nameScopes: diff.projects.length > 1, org: params.org, thresholds: config.thresholds };
  const approvals = activeApprovals(params.approvals);
  const judged = gatesOf(params).map((g) => judgeGate(g, approvals, ctx));
  const blocking = judged.filter((g) => g.status === "blocked");
  const approved = judged.filter((g) => g.status === "approved");
  const warned = judged.filter((g) => g.status === "warning");
  const logProblem = params.approvalLogProblem ? [`**Warning**: ${params.approvalLogProblem}`] : [];
  const increase = formatMonthly(diff.diffTotalMonthlyCost, { sign: true });
  const summary = judged.length > 0 ? judged.flatMap((g) => g.lines) : [config.thresholds.length > 0 ? `${increase} is within every threshold.` : "No thresholds are configured."];
  const title = titleOf(blocking, approved, warned, increase);
  const conclusion = blocking.length > 0 ? "failure" : "success";
  return {
    conclusion,
    title,
    summary: [...summary, ...logProblem],
    blocking,
    approved,
    warnings: [...warned.flatMap((g) => g.lines), ...logProblem],
    needs: blocking[0]?.needs ?? null,
    changed: !params.previousVerdict || params.previousVerdict.conclusion !== conclusion || params.previousVerdict.title !== title,
  };
}

function titleOf(blocking: GateVerdict[], approved: GateVerdict[], warned: GateVerdict[], increase: string): string {
  const more = (gates: GateVerdict[]) => (gates.length > 1 ? ` and ${gates.length - 1} more` : "");
  const [first] = blocking;
  if (first) return `Blocked: ${first.headline}${more(blocking)}. ${first.ask}`;
  if (approved.length > 0) {
    const by = [...new Set(approved.flatMap((g) => g.approvedBy))].map((a) => `@${a}`);
    const names = approved.map((g) => (g.hits.length > 0 ? g.threshold : "unpriced resources"));
    return `Approved by ${by.join(", ")}: ${increase} (${names.join(", ")})`;
  }
  if (warned[0]) return `Warning: ${warned[0].headline}${more(warned)}`;
  return `${increase}, within budget`;
}
