import { PriceNotFound } from "../price.js";
import { PriceListUnavailable } from "../price-errors.js";
import type { LookupCounter, PriceProvider } from "../price-provider.js";
import { queryKey } from "../price-query.js";
import type { PricingLogger } from "../pricing-logger.js";
import type { PriceCache } from "./file-cache.js";

export const FILE_CACHE_PROVIDER = "file-cache";

/**
 * The persistent cache in front of a live source: a restarted App answers from disk instead
 * of asking AWS again. Answers are cached (prices and "AWS has no such product"); failures
 * to reach AWS are not. A cache that cannot be written only costs a warning.
 */
export function withFileCache(live: PriceProvider, cache: PriceCache, params: { counter?: LookupCounter; log?: PricingLogger } = {}): PriceProvider {
  const store = async (key: string, answer: Parameters<PriceCache["set"]>[1]) => {
    try {
      await cache.set(key, answer);
    } catch (err) {
      params.log?.warn({ dir: cache.dir, err: (err as Error).message }, "cannot write the price cache; continuing without it");
    }
  };
  return {
    name: `${FILE_CACHE_PROVIDER}+${live.name}`,
    async lookup(query) {
      const key = queryKey(query);
      params.counter?.add(FILE_CACHE_PROVIDER);
      const cached = await cache.get(key);
      if (cached && "price" in cached) return cached.price;
      if (cached) throw new PriceNotFound(cached.notFound);
      try {
        const price = await live.lookup(query);
        await store(key, { price });
        return price;
      } catch (err) {
        if (err instanceof PriceNotFound && !(err instanceof PriceListUnavailable)) await store(key, { notFound: err.message });
        throw err;
      }
    },
  };
}
