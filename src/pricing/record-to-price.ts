import { Decimal } from "../shared/decimal.js";
import type { Price, PriceSource } from "./price.js";
import type { PriceRecord } from "./price-record.js";

/** The decimal `Price` a cost model receives, tiers in ascending order. */
export function recordToPrice(r: PriceRecord, source: PriceSource): Price {
  const tiers = [...r.tiers]
    .map((t) => ({ from: new Decimal(t.from), to: t.to === null ? null : new Decimal(t.to), unitPrice: new Decimal(t.price) }))
    .sort((a, b) => a.from.comparedTo(b.from));
  return {
    unit: r.unit,
    tiers,
    ...(r.sku !== undefined && { sku: r.sku }),
    ...(r.description !== undefined && { description: r.description }),
    source,
  };
}
