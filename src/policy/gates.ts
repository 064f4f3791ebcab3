import type { ApproversConfig, CostgateConfig } from "./config-schema.js";
import { UNKNOWN_COSTS_GATE } from "./config-semantics.js";
import type { ThresholdHit } from "./threshold-hit.js";
import type { UnknownCost } from "./unknown-costs.js";
import { qualifiedTeam } from "./approvers.js";

/** One thing the check reports on: a threshold with its hits, or the unpriced resources. */
export interface Gate {
  name: string;
  action: "warn" | "block";
  hits: ThresholdHit[];
  unknowns: UnknownCost[];
  approvers: ApproversConfig | null;
}

export type GateInput = {
  config: Pick<CostgateConfig, "thresholds" | "unknown_costs">;
  hits: readonly ThresholdHit[];
  unknowns?: readonly UnknownCost[];
};

/**
 * Hits grouped by threshold, in config order, then the unpriced-resources gate. Unpriced
 * resources have no approver list of their own: anyone who may approve a block threshold may
 * approve them (one approval), since they are the people trusted with spend.
 */
export function gatesOf({ config, hits, unknowns = [] }: GateInput): Gate[] {
  const gates: Gate[] = config.thresholds.flatMap((t) => {
    const own = hits.filter((h) => h.threshold === t.name);
    return own.length === 0 ? [] : [{ name: t.name, action: t.action, hits: own, unknowns: [], approvers: t.approvers ?? null }];
  });
  if (unknowns.length > 0 && config.unknown_costs !== "ignore") {
    gates.push({ name: UNKNOWN_COSTS_GATE, action: config.unknown_costs, hits: [], unknowns: [...unknowns], approvers: anyBlockApprover(config) });
  }
  return gates;
}

function anyBlockApprover(config: Pick<CostgateConfig, "thresholds">): ApproversConfig | null {
  const blocking = config.thresholds.filter((t) => t.action === "block" && t.approvers);
  const teams = [...new Set(blocking.flatMap((t) => t.approvers!.teams))];
  const users = [...new Set(blocking.flatMap((t) => t.approvers!.users))];
  return teams.length + users.length === 0 ? null : { teams, users, count: 1 };
}

/** The teams whose membership the app must look up before calling authorizeApproval. */
export function teamsToCheck(input: GateInput & { org: string }): string[] {
  const teams = gatesOf(input).filter((g) => g.action === "block").flatMap((g) => g.approvers?.teams ?? []);
  return [...new Set(teams.map((t) => qualifiedTeam(t, input.org)))].sort();
}
