import { dec } from "../../src/shared/decimal.js";
import { PriceNotFound, type Price } from "../../src/pricing/price.js";
import type { PriceProvider } from "../../src/pricing/price-provider.js";
import type { PriceQuery } from "../../src/pricing/price-query.js";

export function hourly(price: string, label = "test"): Price {
  return { unit: "Hrs", tiers: [{ from: dec(0), to: null, unitPrice: dec(price) }], source: { kind: "snapshot", label, asOf: "2026-01-01" } };
}

/**
 * A provider whose answers a test controls: `answers` by instance type, each lookup held
 * until `release()` when `gate` is set, every call recorded.
 */
export function fakeProvider(answers: Record<string, Price | Error>, name = "fake") {
  const calls: PriceQuery[] = [];
  let gate: Promise<void> | undefined;
  let open: () => void = () => {};
  const provider: PriceProvider = {
    name,
    async lookup(q) {
      calls.push(q);
      if (gate) await gate;
      const key = q.attributes.map((m) => ("equals" in m ? m.equals : "")).join(",");
      const a = answers[key];
      if (a === undefined) throw new PriceNotFound(`no ${key}`);
      if (a instanceof Error) throw a;
      return a;
    },
  };
  return {
    provider,
    calls,
    hold() {
      gate = new Promise((resolve) => (open = resolve));
    },
    release() {
      gate = undefined;
      open();
    },
  };
}
