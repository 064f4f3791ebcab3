import type { Diff } from "../estimate/breakdown-types.js";
import { dec, type Decimal } from "../shared/decimal.js";
import type { CostgateConfig, ThresholdConfig } from "./config-schema.js";
import { projectMatcher } from "./project-globs.js";
import { OVERALL, type Condition, type ThresholdHit } from "./threshold-hit.js";
import { formatMonthly, formatPercentage, formatUsd } from "./usd.js";

interface ScopeTotals {
  scope: string;
  past: Decimal;
  total: Decimal;
  increase: Decimal;
}

/**
 * Every threshold against every scope it covers, in config order, projects in diff order,
 * then the overall totals.
 * - Only a scope whose monthly cost increases can hit: a change that lowers or keeps the bill
 *   never fails a check, even in a project already over `monthly_total_over`.
 * - `projects` globs select projects by name or path. A threshold without `projects` covers
 *   each project and also the overall totals, but the overall scope is judged only when two or
 *   more projects increase: otherwise the overall increase is one project's change (perhaps
 *   offset by savings elsewhere) and judging it again would count that change twice. With
 *   several increasing projects, the overall scope catches spend spread thinly across them.
 *   The verdict groups hits by threshold, so one threshold never needs approving twice.
 */
export function evaluateThresholds(config: Pick<CostgateConfig, "thresholds">, diff: Diff): ThresholdHit[] {
  const projects = diff.projects.map((p) => ({
    ref: { name: p.name, path: p.path },
    totals: { scope: p.name, past: p.pastTotalMonthlyCost, total: p.totalMonthlyCost, increase: p.diffTotalMonthlyCost },
  }));
  const increasing = projects.filter((p) => p.totals.increase.isPositive() && !p.totals.increase.isZero()).length;
  const overall = { scope: OVERALL, past: diff.pastTotalMonthlyCost, total: diff.totalMonthlyCost, increase: diff.diffTotalMonthlyCost };
  return config.thresholds.flatMap((t) => {
    const selects = projectMatcher(t.projects);
    const scopes = projects.filter((p) => selects(p.ref)).map((p) => p.totals);
    if (!t.projects && increasing >= 2) scopes.push(overall);
    return scopes.flatMap((s) => hitOf(t, s) ?? []);
  });
}

function hitOf(t: ThresholdConfig, s: ScopeTotals): ThresholdHit | null {
  if (!s.increase.isPositive() || s.increase.isZero()) return null;
  // Percent of a $0 base is infinite: a new project exceeds any percentage.
  const percent = s.past.isZero() ? null : s.increase.div(s.past).times(100);
  const conditions: Condition[] = [];
  const reasons: string[] = [];
  if (t.monthly_increase_over !== undefined && s.increase.gt(dec(t.monthly_increase_over))) {
    conditions.push("monthly_increase_over");
    reasons.push(`${formatMonthly(s.increase, { sign: true })} is over ${formatMonthly(dec(t.monthly_increase_over), { sign: true })}`);
  }
  if (t.percent_increase_over !== undefined && (percent === null || percent.gt(dec(t.percent_increase_over)))) {
    const limit = formatPercentage(dec(t.percent_increase_over), { sign: true });
    conditions.push("percent_increase_over");
    reasons.push(percent === null ? `new from $0, so over ${limit}` : `${formatPercentage(percent, { sign: true })} is over ${limit}`);
  }
  if (t.monthly_total_over !== undefined && s.total.gt(dec(t.monthly_total_over))) {
    conditions.push("monthly_total_over");
    reasons.push(`the new total ${formatMonthly(s.total)} is over ${formatUsd(dec(t.monthly_total_over))}/mo`);
  }
  if (conditions.length === 0) return null;
  return { threshold: t.name, action: t.action, ...s, percent, conditions, reason: reasons.join("; ") };
}
