import type { Diff, ProjectFailure } from "../estimate/breakdown-types.js";
import { formatMoney, formatPercent } from "./money.js";

export interface DiffTextView {
  projects: { name: string; summary: string; changes: string[] }[];
  total: string;
  failures: string[];
}

/** `costgate diff` as text: per project the totals and each changed resource, aligned. */
export function buildDiffText(diff: Diff, failures: ProjectFailure[]): DiffTextView {
  return {
    projects: diff.projects.map((p) => {
      const width = Math.max(0, ...p.changes.map((c) => c.address.length));
      return {
        name: p.name,
        summary: `${formatMoney(p.pastTotalMonthlyCost)} -> ${formatMoney(p.totalMonthlyCost)}: ${change(p.diffTotalMonthlyCost, p.pastTotalMonthlyCost)}`,
        changes: p.changes.map((c) => {
          const sign = c.change === "added" ? "+" : c.change === "removed" ? "-" : "~";
          const state = c.status === "unknown" || c.status === "unsupported" ? `  (${c.status})` : "";
          return `${sign} ${c.address.padEnd(width)}  ${formatMoney(c.diffMonthlyCost, { sign: true })}${state}`;
        }),
      };
    }),
    total: change(diff.diffTotalMonthlyCost, diff.pastTotalMonthlyCost),
    failures: failures.map((f) => `${f.project}: ${f.message}`),
  };
}

function change(amount: Parameters<typeof formatMoney>[0], base: Parameters<typeof formatMoney>[0]): string {
  const percent = formatPercent(amount, base);
  return `${formatMoney(amount, { sign: true })}${percent && !amount.isZero() ? ` (${percent})` : ""} a month`;
}
