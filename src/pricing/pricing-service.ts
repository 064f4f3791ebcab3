import { PriceNotFound, type Price } from "./price.js";
import { queryKey, type PriceQuery } from "./price-query.js";
import { createLookupCounter, type LookupCounter, type PriceProvider } from "./price-provider.js";

export interface PricingStats {
  /** Lookups each provider performed (snapshot scans, cache reads, Price List queries). */
  lookups: Record<string, number>;
  /** Distinct query keys asked so far. */
  distinctQueries: number;
  /** Calls answered from memory, including those that joined a lookup still in flight. */
  memoryHits: number;
  /** Of those, calls that joined a lookup still in flight. */
  inFlightJoins: number;
}

export interface PricingService {
  /** Exactly one on-demand price, or a rejection with `PriceNotFound` naming the fix. */
  price(query: PriceQuery): Promise<Price>;
  stats(): PricingStats;
  /** Where prices come from, for logs and `costgate prices info`: "aws-price-list -> snapshot". */
  readonly description: string;
}

/**
 * The in-memory layer every price goes through: one lookup per distinct query key for the
 * life of the service, concurrent asks for one key share that lookup, and a "not found"
 * is remembered like a price (asking again would give the same answer).
 */
export function createPricingService(params: { provider: PriceProvider; counter?: LookupCounter; description?: string }): PricingService {
  const { provider } = params;
  const counter = params.counter ?? createLookupCounter();
  const memory = new Map<string, Promise<Price>>();
  const settled = new Set<string>();
  let memoryHits = 0;
  let inFlightJoins = 0;

  function price(query: PriceQuery): Promise<Price> {
    const key = queryKey(query);
    const known = memory.get(key);
    if (known) {
      memoryHits++;
      if (!settled.has(key)) inFlightJoins++;
      return known;
    }
    const pending = provider.lookup(query).then(
      (p) => {
        settled.add(key);
        return p;
      },
      (err: unknown) => {
        // A bug or an unexpected failure must not be pinned in the cache for the whole run.
        if (err instanceof PriceNotFound) settled.add(key);
        else memory.delete(key);
        throw err;
      },
    );
    memory.set(key, pending);
    return pending;
  }

  return {
    price,
    stats: () => ({ lookups: counter.snapshot(), distinctQueries: memory.size, memoryHits, inFlightJoins }),
    description: params.description ?? provider.name,
  };
}
