import { sum, ZERO } from "../shared/decimal.js";
import type { Diff, ProjectBreakdown, ProjectDiff, ResourceChange, ResourceCost } from "./breakdown-types.js";
import { compareAddresses } from "./estimate-project.js";

/** A project estimated at base and head; either side is null when the project is new or deleted. */
export interface ProjectPair {
  name: string;
  path: string;
  past: ProjectBreakdown | null;
  current: ProjectBreakdown | null;
}

/** What a change does to the bill, per project and overall. Projects keep the given order. */
export function diffProjects(pairs: ProjectPair[]): Diff {
  const projects = pairs.map(diffProject);
  const pastTotalMonthlyCost = sum(projects.map((p) => p.pastTotalMonthlyCost));
  const totalMonthlyCost = sum(projects.map((p) => p.totalMonthlyCost));
  return { projects, pastTotalMonthlyCost, totalMonthlyCost, diffTotalMonthlyCost: totalMonthlyCost.minus(pastTotalMonthlyCost) };
}

function diffProject(pair: ProjectPair): ProjectDiff {
  const pastTotal = pair.past?.totalMonthlyCost ?? ZERO;
  const total = pair.current?.totalMonthlyCost ?? ZERO;
  return {
    name: pair.name,
    path: pair.path,
    past: pair.past,
    current: pair.current,
    pastTotalMonthlyCost: pastTotal,
    totalMonthlyCost: total,
    diffTotalMonthlyCost: total.minus(pastTotal),
    changes: resourceChanges(pair.past?.resources ?? [], pair.current?.resources ?? []),
  };
}

/**
 * Resources whose cost or pricing state changed. Free resources coming and going are not
 * listed (they never move the bill); unsupported and unknown ones are, so nothing hides.
 */
function resourceChanges(past: ResourceCost[], current: ResourceCost[]): ResourceChange[] {
  const before = new Map(past.map((r) => [r.address, r]));
  const after = new Map(current.map((r) => [r.address, r]));
  const changes: ResourceChange[] = [];
  for (const address of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(address);
    const now = after.get(address);
    const change = classify(old, now);
    if (!change) continue;
    const where = (now ?? old)!;
    const pastCost = old?.monthlyCost ?? null;
    const cost = now?.monthlyCost ?? null;
    changes.push({
      address,
      type: where.type,
      change,
      pastMonthlyCost: old ? pastCost : null,
      monthlyCost: now ? cost : null,
      diffMonthlyCost: (cost ?? ZERO).minus(pastCost ?? ZERO),
      file: where.file,
      line: where.line,
      status: where.status,
    });
  }
  return changes.sort((a, b) => compareAddresses(a.address, b.address));
}

function classify(old: ResourceCost | undefined, now: ResourceCost | undefined): ResourceChange["change"] | null {
  if (!old) return now!.status === "free" ? null : "added";
  if (!now) return old.status === "free" ? null : "removed";
  const costChanged = !(old.monthlyCost ?? ZERO).equals(now.monthlyCost ?? ZERO);
  const stateChanged = old.status !== now.status || old.reason !== now.reason || componentsSignature(old) !== componentsSignature(now);
  return costChanged || stateChanged ? "changed" : null;
}

/** Components that changed without changing the total (a usage-based meter added) still count. */
function componentsSignature(r: ResourceCost): string {
  return r.components.map((c) => `${c.name}|${c.monthlyQuantity?.toString() ?? "-"}|${c.price?.toString() ?? "-"}`).join(";");
}
