import type { Diff, ResourceChange } from "../estimate/breakdown-types.js";
import type { CheckAnnotation } from "../github/index.js";
import { OVERALL, type ThresholdHit } from "../policy/index.js";
import { sum } from "../shared/decimal.js";
import { formatMoney } from "./money.js";

/** GitHub accepts 50 annotations per request; more would only bury the ones that matter. */
export const MAX_ANNOTATIONS = 50;
const LISTED_ADDRESSES = 5;

/**
 * Annotations on the `.tf` lines that drive an increase over a threshold: the changed resources
 * of every project a threshold hit (all projects when the overall total hit one), grouped by
 * file and line (a `count` or a module called four times is one line), largest increase first,
 * at most 50. `failure` when the check is blocked, `warning` otherwise. No threshold hit, none.
 */
export function costAnnotations(params: { diff: Diff; hits: readonly ThresholdHit[]; blocked: boolean }): CheckAnnotation[] {
  const scopes = new Set(params.hits.map((h) => h.scope));
  if (scopes.size === 0) return [];
  const projects = params.diff.projects.filter((p) => scopes.has(OVERALL) || scopes.has(p.name));
  const byLine = new Map<string, ResourceChange[]>();
  for (const c of projects.flatMap((p) => p.changes)) {
    if (c.change === "removed" || !c.diffMonthlyCost.isPositive() || c.diffMonthlyCost.isZero() || !/\.tf(\.json)?$/.test(c.file)) continue;
    const key = `${c.file}:${c.line}`;
    byLine.set(key, [...(byLine.get(key) ?? []), c]);
  }
  const lines = [...byLine.values()].map((changes) => ({ changes, increase: sum(changes.map((c) => c.diffMonthlyCost)) }));
  lines.sort((a, b) => b.increase.comparedTo(a.increase) || a.changes[0]!.file.localeCompare(b.changes[0]!.file) || a.changes[0]!.line - b.changes[0]!.line);
  return lines.slice(0, MAX_ANNOTATIONS).map(({ changes, increase }) => {
    const [first] = changes as [ResourceChange];
    const names = changes.slice(0, LISTED_ADDRESSES).map((c) => `${c.address} (${c.change}, ${formatMoney(c.diffMonthlyCost, { sign: true })})`);
    const more = changes.length > LISTED_ADDRESSES ? ` and ${changes.length - LISTED_ADDRESSES} more` : "";
    return {
      path: first.file,
      start_line: first.line,
      end_line: first.line,
      annotation_level: params.blocked ? "failure" : "warning",
      title: `${formatMoney(increase, { sign: true })}/month`,
      message: `Adds ${formatMoney(increase)} a month: ${names.join("; ")}${more}.`,
    };
  });
}
