import type { Diff } from "../estimate/breakdown-types.js";
import { evaluateThresholds, findUnknownCosts, type CostgateConfig, type ThresholdHit, type UnknownCost } from "../policy/index.js";

export interface GateInputs {
  hits: ThresholdHit[];
  unknowns: UnknownCost[];
  /** Whether any threshold is hit, or unpriced resources count (unknown_costs warn or block). */
  hit: boolean;
}

/** What the diff does to the gate, before any approval is considered. */
export function gateInputs(config: Pick<CostgateConfig, "thresholds" | "unknown_costs">, diff: Diff): GateInputs {
  const hits = evaluateThresholds(config, diff);
  const unknowns = findUnknownCosts(diff);
  return { hits, unknowns, hit: hits.length > 0 || (unknowns.length > 0 && config.unknown_costs !== "ignore") };
}
