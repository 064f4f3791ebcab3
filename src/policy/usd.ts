import { formatMoney } from "../report/money.js";
import { Decimal } from "../shared/decimal.js";

/**
 * Money in check titles and policy messages: "+$812", "$20,000", "+$12.40". Whole dollars drop
 * the cents (thresholds are written in whole dollars, and titles must stay short); anything
 * else keeps them, so $500.40 over a $500 limit never reads "$500 over $500".
 */
export function formatUsd(value: Decimal, opts: { sign?: boolean } = {}): string {
  return formatMoney(value, opts).replace(/\.00$/, "");
}

/** "+$812/mo" */
export function formatMonthly(value: Decimal, opts: { sign?: boolean } = {}): string {
  return `${formatUsd(value, opts)}/mo`;
}

/** "+40%", "+25.1%": one decimal at most, so +25.1% over a 25% limit never reads "+25% over +25%". */
export function formatPercentage(value: Decimal, opts: { sign?: boolean } = {}): string {
  const rounded = value.toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
  return `${opts.sign && rounded.isPositive() && !rounded.isZero() ? "+" : ""}${rounded.toFixed()}%`;
}
