import type { Diff, ProjectBreakdown, ProjectDiff, ResourceChange, ResourceCost } from "../../../src/estimate/breakdown-types.js";
import { dec, sum, ZERO } from "../../../src/shared/decimal.js";

/**
 * A project's cost diff from its monthly totals, as diffProjects would produce it. `past: null`
 * is a project new at head; `total: null` one deleted at head.
 */
export function projectDiff(
  name: string,
  past: string | null,
  total: string | null,
  opts: { path?: string; changes?: ResourceChange[]; resources?: ResourceCost[] } = {},
): ProjectDiff {
  const path = opts.path ?? `envs/${name}`;
  const breakdown = (amount: string, resources: ResourceCost[]): ProjectBreakdown => ({ name, path, totalMonthlyCost: dec(amount), resources, diagnostics: [], priceSources: [] });
  const pastTotal = past === null ? ZERO : dec(past);
  const headTotal = total === null ? ZERO : dec(total);
  return {
    name,
    path,
    past: past === null ? null : breakdown(past, []),
    current: total === null ? null : breakdown(total, opts.resources ?? []),
    pastTotalMonthlyCost: pastTotal,
    totalMonthlyCost: headTotal,
    diffTotalMonthlyCost: headTotal.minus(pastTotal),
    changes: opts.changes ?? [],
  };
}

export function diffOf(...projects: ProjectDiff[]): Diff {
  const past = sum(projects.map((p) => p.pastTotalMonthlyCost));
  const total = sum(projects.map((p) => p.totalMonthlyCost));
  return { projects, pastTotalMonthlyCost: past, totalMonthlyCost: total, diffTotalMonthlyCost: total.minus(past) };
}
