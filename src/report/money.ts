import { Decimal } from "../shared/decimal.js";

/**
 * Display rounding happens here and only here. Totals show cents; unit prices keep the
 * precision AWS publishes (up to 10 places, trailing zeros dropped) so "$0.0416" is not "$0.04".
 */
export function formatMoney(value: Decimal, opts: { sign?: boolean } = {}): string {
  const cents = value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const sign = cents.isNegative() && !cents.isZero() ? "-" : opts.sign && !cents.isZero() ? "+" : "";
  return `${sign}$${groupThousands(cents.abs().toFixed(2))}`;
}

export function formatUnitPrice(value: Decimal): string {
  const fixed = value.toDecimalPlaces(10, Decimal.ROUND_HALF_UP).toFixed();
  const [whole, fraction = ""] = fixed.split(".");
  const kept = fraction.replace(/0+$/, "").padEnd(2, "0");
  return `$${groupThousands(whole!)}.${kept}`;
}

export function formatQuantity(value: Decimal): string {
  const rounded = value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed();
  const [whole, fraction] = rounded.split(".");
  const trimmed = fraction?.replace(/0+$/, "");
  return groupThousands(whole!) + (trimmed ? `.${trimmed}` : "");
}

/** "+25%", "-3.5%"; undefined when there is no base to compare with. */
export function formatPercent(change: Decimal, base: Decimal): string | undefined {
  if (base.isZero()) return undefined;
  const percent = change.div(base).times(100);
  const places = percent.abs().gte(10) || percent.isInteger() ? 0 : 1;
  const rounded = percent.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  return `${rounded.isPositive() && !rounded.isZero() ? "+" : ""}${rounded.toFixed(places)}%`;
}

function groupThousands(digits: string): string {
  const [whole, fraction] = digits.split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
