import { PriceNotFound } from "./price.js";
import { PriceListUnavailable } from "./price-errors.js";
import { describeQuery } from "./price-query.js";
import type { PriceProvider } from "./price-provider.js";
import type { PricingLogger } from "./pricing-logger.js";

/**
 * Live prices with the bundled snapshot behind them, for `auto` mode. Only a failure to ask
 * AWS (credentials, permissions, network, throttling past the retries) falls back, and the
 * price then says so in its source label. When AWS answers "no such product", that answer
 * stands: the snapshot is older than the live list and must not contradict it.
 * After a failure that would repeat (credentials, IAM, no network) the rest of the run goes
 * straight to the snapshot instead of failing a thousand requests.
 */
export function withSnapshotFallback(live: PriceProvider, snapshot: PriceProvider, log?: PricingLogger): PriceProvider {
  let down: PriceListUnavailable | undefined;

  async function fromSnapshot(query: Parameters<PriceProvider["lookup"]>[0], why: PriceListUnavailable) {
    try {
      const price = await snapshot.lookup(query);
      return { ...price, source: { ...price.source, label: `${price.source.label}; AWS Price List unavailable: ${why.reason}` } };
    } catch (err) {
      if (!(err instanceof PriceNotFound)) throw err;
      throw new PriceNotFound(`no bundled price for ${describeQuery(query)}, and the AWS Price List is unavailable: ${why.reason}`);
    }
  }

  return {
    name: `${live.name}->${snapshot.name}`,
    async lookup(query) {
      if (down) return fromSnapshot(query, down);
      try {
        return await live.lookup(query);
      } catch (err) {
        if (!(err instanceof PriceListUnavailable)) throw err;
        if (err.persistent && !down) {
          down = err;
          log?.warn({ reason: err.reason }, "AWS Price List unavailable; using the bundled snapshot for the rest of this run");
        }
        return fromSnapshot(query, err);
      }
    },
  };
}
