import { mdCode, mdText } from "../report/markdown.js";
import { dec } from "../shared/decimal.js";
import type { ApprovalRecord } from "./approval-record.js";
import { approvalsForGate, type ValidityContext } from "./approval-validity.js";
import { describeApprovers } from "./approvers.js";
import type { ThresholdConfig } from "./config-schema.js";
import type { Gate } from "./gates.js";
import { OVERALL, type ThresholdHit } from "./threshold-hit.js";
import { formatMonthly, formatPercentage, formatUsd } from "./usd.js";

export interface GateVerdict {
  /** Threshold name, or "unknown_costs". */
  threshold: string;
  status: "blocked" | "approved" | "warning";
  hits: ThresholdHit[];
  /** Plain text for the check title: "+$812/mo exceeds large-increase (+$500)". */
  headline: string;
  /** Markdown lines for the check summary. */
  lines: string[];
  /** Approvals still missing; null unless blocked. `approvals` is 0 when nobody may approve. */
  needs: { approvals: number; from: string } | null;
  /** "Needs 1 approval from @acme/finops", or "No approvers are configured"; null unless blocked. */
  ask: string | null;
  /** Logins whose approval counts, in log order. */
  approvedBy: string[];
}

const MAX_LISTED = 5;

/** One gate against the standing approvals: blocked, approved or a warning, in words. */
export function judgeGate(gate: Gate, approvals: readonly ApprovalRecord[], ctx: ValidityContext & { org: string; thresholds: readonly ThresholdConfig[] }): GateVerdict {
  const headline = gate.hits.length > 0 ? hitHeadline(gate, ctx) : unpricedHeadline(gate.unknowns.length);
  const details = gate.hits.length > 0 ? gate.hits.map((h) => (ctx.nameScopes ? `${mdText(h.scope)}: ${h.reason}` : h.reason)).join("; ") : unpricedList(gate);
  const base = { threshold: gate.name, hits: gate.hits, headline };
  // Unpriced resources are a gate without a threshold name worth showing.
  const name = gate.hits.length > 0 ? ` ${gate.name}` : "";
  if (gate.action === "warn") return { ...base, status: "warning", lines: [`**Warning**${name}: ${details}.`], needs: null, ask: null, approvedBy: [] };

  const { valid, stale } = approvalsForGate(gate, approvals, ctx);
  const approvedBy = valid.map((r) => r.approver);
  const count = gate.approvers?.count ?? 1;
  if (gate.approvers && valid.length >= count) {
    const by = valid.map((r) => `@${r.approver} at ${r.headSha.slice(0, 7)}${r.reason ? ` ("${mdText(r.reason)}")` : ""}`).join(", ");
    return { ...base, status: "approved", lines: [`**Approved**${name}: ${details}. Approved by ${by}.`, ...stale], needs: null, ask: null, approvedBy };
  }
  const from = describeApprovers(gate.approvers, ctx.org);
  const missing = gate.approvers ? count - valid.length : 0;
  const ask = gate.approvers ? `Needs ${missing} ${valid.length > 0 ? "more " : ""}approval${missing === 1 ? "" : "s"} from ${from}` : "No approvers are configured";
  const explain = gate.approvers
    ? valid.length > 0 ? ` (approved so far by ${approvedBy.map((a) => `@${a}`).join(", ")})` : ""
    : ", so only a lower cost or a config change on the base branch can clear it";
  return { ...base, status: "blocked", lines: [`**Blocked**${name && ` by${name}`}: ${details}. ${ask}${explain}.`, ...stale], needs: { approvals: missing, from }, ask, approvedBy };
}

/** The gate's largest project hit (the overall one only without), against the first condition it broke. */
function hitHeadline(gate: Gate, ctx: { nameScopes: boolean; thresholds: readonly ThresholdConfig[] }): string {
  const projects = gate.hits.filter((h) => h.scope !== OVERALL);
  const hit = (projects.length > 0 ? projects : gate.hits).reduce((a, b) => (b.increase.gt(a.increase) ? b : a));
  const t = ctx.thresholds.find((x) => x.name === gate.name)!;
  const scope = ctx.nameScopes ? `${hit.scope} ` : "";
  const amount = formatMonthly(hit.increase, { sign: true });
  switch (hit.conditions[0]) {
    case "percent_increase_over": {
      const percent = hit.percent === null ? "new" : formatPercentage(hit.percent, { sign: true });
      return `${scope}${amount} (${percent}) exceeds ${gate.name} (${formatPercentage(dec(t.percent_increase_over!), { sign: true })})`;
    }
    case "monthly_total_over":
      return `${scope}${amount} exceeds ${gate.name} (total ${formatMonthly(hit.total)} over ${formatUsd(dec(t.monthly_total_over!))})`;
    default:
      return `${scope}${amount} exceeds ${gate.name} (${formatUsd(dec(t.monthly_increase_over!), { sign: true })})`;
  }
}

function unpricedHeadline(n: number): string {
  return `${n} changed resource${n === 1 ? "" : "s"} could not be priced`;
}

function unpricedList(gate: Gate): string {
  const listed = gate.unknowns.slice(0, MAX_LISTED).map((u) => `${mdCode(u.address)} (${mdText(u.reason)})`);
  const more = gate.unknowns.length - listed.length;
  return `${unpricedHeadline(gate.unknowns.length)}: ${listed.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}
