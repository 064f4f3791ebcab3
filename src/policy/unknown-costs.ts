import type { Diff } from "../estimate/breakdown-types.js";

/** A changed resource whose cost at head Costgate could not establish. */
export interface UnknownCost {
  project: string;
  address: string;
  status: "unknown" | "unsupported";
  reason: string;
}

/**
 * Resources added or changed by the pull request that are unknown or unsupported at head, or
 * whose count could not be resolved (their cost is a guess). Only changed resources count:
 * the author answers for what they change, and an old unpriced resource elsewhere in the
 * project would otherwise block every pull request forever. Removed resources never count.
 */
export function findUnknownCosts(diff: Diff): UnknownCost[] {
  return diff.projects.flatMap((p) => {
    const atHead = new Map(p.current?.resources.map((r) => [r.address, r]));
    return p.changes.flatMap((c): UnknownCost[] => {
      if (c.change === "removed") return [];
      const r = atHead.get(c.address);
      const status = r?.status ?? c.status;
      if (status === "unknown" || status === "unsupported") {
        return [{ project: p.name, address: c.address, status, reason: r?.reason ?? (status === "unsupported" ? `${c.type} is not supported` : "cost unknown") }];
      }
      if (r?.countUnknown) return [{ project: p.name, address: c.address, status: "unknown", reason: "count or for_each could not be resolved; 1 instance assumed" }];
      return [];
    });
  });
}
