import type { KeyPath } from "./config-problem.js";
import type { CostgateConfig, ThresholdConfig } from "./config-schema.js";
import { projectMatcher } from "./project-globs.js";

/** The pseudo-threshold that approvals of unpriced resources are recorded under. */
export const UNKNOWN_COSTS_GATE = "unknown_costs";

interface Finding {
  path: KeyPath;
  message: string;
}

/**
 * Rules that relate several keys, checked after the structure is valid. Errors make the config
 * unusable (a gate that cannot be evaluated as written); warnings describe a config that works
 * but probably not as its author meant.
 */
export function checkConfigSemantics(config: CostgateConfig): { errors: Finding[]; warnings: Finding[] } {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  config.thresholds.forEach((t, i) => checkThreshold(t, [`thresholds`, i], errors, warnings));
  errors.push(...duplicateNames(config.thresholds.map((t) => t.name), "thresholds", "name", "threshold names must be unique because approvals refer to them"));
  checkProjects(config, errors, warnings);
  if (config.unknown_costs === "block" && !config.thresholds.some((t) => t.action === "block" && hasApprovers(t))) {
    warnings.push({
      path: ["unknown_costs"],
      message: "blocks on unpriced resources, but no block threshold lists approvers, so such a pull request can never be approved; add approvers to a block threshold or use warn",
    });
  }
  return { errors, warnings };
}

function checkThreshold(t: ThresholdConfig, at: KeyPath, errors: Finding[], warnings: Finding[]): void {
  if (t.monthly_increase_over === undefined && t.percent_increase_over === undefined && t.monthly_total_over === undefined) {
    errors.push({ path: at, message: "set at least one of monthly_increase_over, percent_increase_over or monthly_total_over" });
  }
  if (t.name === UNKNOWN_COSTS_GATE) {
    errors.push({ path: [...at, "name"], message: `"${UNKNOWN_COSTS_GATE}" is reserved for approvals of unpriced resources; choose another name` });
  }
  const approvers = t.approvers;
  if (approvers && approvers.teams.length === 0 && approvers.users.length === 0) {
    errors.push({ path: [...at, "approvers"], message: "list at least one team under teams or one login under users" });
  }
  const users = new Set(approvers?.users.map((u) => u.toLowerCase()));
  if (approvers && approvers.teams.length === 0 && users.size > 0 && approvers.count > users.size) {
    errors.push({
      path: [...at, "approvers", "count"],
      message: `needs ${approvers.count} approvals but lists only ${users.size} distinct user${users.size === 1 ? "" : "s"} and no team; lower count or add approvers`,
    });
  }
  if (t.action === "block" && !hasApprovers(t)) {
    warnings.push({
      path: [...at, "action"],
      message: `${t.name} blocks but lists no approvers, so a pull request over it can never be approved; add approvers or use action: warn`,
    });
  }
  if (t.action === "warn" && approvers) {
    warnings.push({ path: [...at, "approvers"], message: `approvers are only used when action is block; ${t.name} only warns` });
  }
}

function checkProjects(config: CostgateConfig, errors: Finding[], warnings: Finding[]): void {
  const projects = config.projects;
  if (!projects) return;
  const names = projects.map((p) => p.name ?? p.path);
  projects.forEach((p, i) => {
    const first = names.indexOf(names[i]!);
    if (first === i) return;
    errors.push(
      p.name === undefined
        ? { path: ["projects", i], message: `shares path ${p.path} with projects[${first}]; give each of them a distinct name` }
        : { path: ["projects", i, "name"], message: `"${p.name}" is also the name of projects[${first}]; give each project a unique name` },
    );
  });
  const refs = projects.map((p, i) => ({ name: names[i]!, path: p.path }));
  config.thresholds.forEach((t, i) =>
    t.projects?.forEach((g, k) => {
      if (!refs.some(projectMatcher([g]))) {
        warnings.push({ path: ["thresholds", i, "projects", k], message: `"${g}" matches none of the projects listed under projects (${names.join(", ")})` });
      }
    }),
  );
}

function duplicateNames(names: string[], list: string, key: string, why: string): Finding[] {
  return names.flatMap((name, i) => {
    const first = names.indexOf(name);
    return first === i ? [] : [{ path: [list, i, key], message: `"${name}" is also the name of ${list}[${first}]; ${why}` }];
  });
}

export function hasApprovers(t: Pick<ThresholdConfig, "approvers">): boolean {
  return (t.approvers?.teams.length ?? 0) + (t.approvers?.users.length ?? 0) > 0;
}
