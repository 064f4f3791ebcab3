import { Decimal } from "decimal.js";

/**
 * Money and quantities are exact decimals (decimal.js). Prices arrive as decimal strings
 * ("0.0416000000") and stay decimal until display; a JS number never carries money.
 * 40 significant digits keeps tiered and multiplied prices exact far beyond a cent.
 */
Decimal.set({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });

export { Decimal };

export const ZERO = new Decimal(0);
/** AWS bills a month as 730 hours (8760 / 12) in every price list and calculator. */
export const HOURS_PER_MONTH = new Decimal(730);

export function dec(value: Decimal.Value): Decimal {
  return new Decimal(value);
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
