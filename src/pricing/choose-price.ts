import { Decimal } from "../shared/decimal.js";
import type { PriceQuery } from "./price-query.js";
import type { PriceRecord } from "./price-record.js";
import type { PricingLogger } from "./pricing-logger.js";

/**
 * Meters that share a usagetype suffix with the common one but price something else:
 * ALB on Outposts (`EU-Outposts-LoadBalancerUsage`, $0), the mTLS trust store
 * (`CAN1-TS-LoadBalancerUsage`) and reserved-capacity rows. A query only gets them by naming them.
 */
const VARIANT_MARKERS: readonly RegExp[] = [/Outposts/i, /(^|-)TS-/, /Reserved/i];
const VARIANT_ATTRIBUTES = ["usagetype", "operation"] as const;

/**
 * Picks exactly one on-demand price among the records that match a query, deterministically:
 *
 * 1. `startUsageAmount`: skip a per-account free allowance. A record with a tier starting there
 *    keeps that tier and the ones after it, shifted down so billing starts at 0 (the allowance
 *    is the account's, not this resource's); a record published without the free tier (its
 *    tiers start at 0 with the paid rate) is kept as it is.
 * 2. Drop Outposts / trust-store / reserved variants unless a matcher names them.
 * 3. Drop rows priced $0 when a non-zero row also matches (placeholder rows, not prices).
 * 4. The cheapest first non-zero tier wins (the same tie-break infracost uses); equal prices
 *    fall back to the lowest SKU, then usagetype, so the answer never depends on input order.
 *
 * Logs one debug line when more than one record was left to choose from.
 */
export function choosePrice(matches: readonly PriceRecord[], query: PriceQuery, log?: PricingLogger): PriceRecord | undefined {
  let candidates = query.startUsageAmount === undefined ? [...matches] : matches.flatMap((r) => tierAt(r, query.startUsageAmount!));
  candidates = dropUnaskedVariants(candidates, query);
  if (candidates.some((r) => !isFree(r))) candidates = candidates.filter((r) => !isFree(r));
  if (candidates.length <= 1) return candidates[0];
  const sorted = candidates.sort(compareRecords);
  log?.debug(
    { candidates: sorted.length, chosen: sorted[0].sku ?? sorted[0].attributes.usagetype, others: sorted.slice(1, 4).map((r) => r.sku ?? r.attributes.usagetype) },
    `price query matched ${sorted.length} products; chose the cheapest`,
  );
  return sorted[0];
}

function tierAt(r: PriceRecord, start: string): PriceRecord[] {
  const want = new Decimal(start);
  const at = r.tiers.findIndex((t) => new Decimal(t.from).eq(want));
  if (at < 0) return r.tiers.some((t) => new Decimal(t.from).gt(0) && !new Decimal(t.price).isZero()) ? [] : [r];
  const shift = (v: string) => new Decimal(v).minus(want).toFixed();
  return [{ ...r, tiers: r.tiers.slice(at).map((t) => ({ ...t, from: shift(t.from), to: t.to === null ? null : shift(t.to) })) }];
}

function dropUnaskedVariants(records: PriceRecord[], query: PriceQuery): PriceRecord[] {
  const asked = query.attributes.map((m) => ("equals" in m ? m.equals : "contains" in m ? m.contains : m.regex)).join(" ");
  const markers = VARIANT_MARKERS.filter((re) => !re.test(asked));
  return records.filter((r) => !VARIANT_ATTRIBUTES.some((k) => markers.some((re) => re.test(r.attributes[k] ?? ""))));
}

function isFree(r: PriceRecord): boolean {
  return r.tiers.every((t) => new Decimal(t.price).isZero());
}

function firstPaidPrice(r: PriceRecord): Decimal {
  const paid = r.tiers.find((t) => !new Decimal(t.price).isZero());
  return new Decimal(paid?.price ?? 0);
}

function compareRecords(a: PriceRecord, b: PriceRecord): number {
  return (
    firstPaidPrice(a).comparedTo(firstPaidPrice(b)) ||
    compareText(a.sku ?? "", b.sku ?? "") ||
    compareText(a.attributes.usagetype ?? "", b.attributes.usagetype ?? "") ||
    compareText(JSON.stringify(a.attributes), JSON.stringify(b.attributes))
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
