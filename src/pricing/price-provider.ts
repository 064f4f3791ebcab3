import type { Price } from "./price.js";
import type { PriceQuery } from "./price-query.js";

/**
 * One place prices come from: the bundled snapshot, the AWS Price List Query API, or a cache
 * in front of one of them. `lookup` resolves with exactly one price or rejects with
 * `PriceNotFound` whose message tells the user what to do.
 */
export interface PriceProvider {
  readonly name: string;
  lookup(query: PriceQuery): Promise<Price>;
}

/** Lookups per provider name, read by tests and the bench ("one request per distinct query"). */
export interface LookupCounter {
  add(provider: string): void;
  snapshot(): Record<string, number>;
}

export function createLookupCounter(): LookupCounter {
  const counts = new Map<string, number>();
  return {
    add(provider) {
      counts.set(provider, (counts.get(provider) ?? 0) + 1);
    },
    snapshot() {
      return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
    },
  };
}
