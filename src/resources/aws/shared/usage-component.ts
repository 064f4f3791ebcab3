import type { PriceQuery } from "../../../pricing/price-query.js";
import { dec, type Decimal } from "../../../shared/decimal.js";
import type { CostComponent } from "../../cost-component.js";
import { usageQuantity } from "./usage-quantity.js";

/**
 * A cost that depends on usage Terraform does not declare: `count` things a month, shown per
 * `per` of them ("1M requests" is per 1,000,000) at a price published per single thing.
 * Without usage the quantity is null, so the report shows the unit price, never $0.
 */
export function usageComponent(params: {
  name: string;
  unit: string;
  count: Decimal.Value | undefined;
  per?: number;
  price: PriceQuery;
  priceUnit?: string;
  subresource?: string;
}): CostComponent {
  const per = params.per ?? 1;
  return {
    name: params.name,
    unit: params.unit,
    monthlyQuantity: usageQuantity(params.count, per),
    ...(per !== 1 && { unitMultiplier: dec(per) }),
    price: params.price,
    ...(params.priceUnit !== undefined && { priceUnit: params.priceUnit }),
    usageBased: true,
    ...(params.subresource !== undefined && { subresource: params.subresource }),
  };
}

/**
 * Requests billed per started chunk of payload (SQS and SNS: 64 KB; HTTP APIs: 512 KB;
 * WebSocket messages: 32 KB): a 100 KB message counts twice. Unset size = one chunk.
 */
export function chunkedCount(count: number | undefined, sizeKb: number | undefined, chunkKb: number): number | undefined {
  if (count === undefined) return undefined;
  return count * Math.max(1, Math.ceil((sizeKb ?? chunkKb) / chunkKb));
}
