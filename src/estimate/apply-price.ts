import { Decimal, HOURS_PER_MONTH, ZERO } from "../shared/decimal.js";
import type { Price } from "../pricing/price.js";
import type { CostComponent } from "../resources/cost-component.js";

/** The component's monthly quantity in display units, or null when it depends on missing usage. */
export function monthlyQuantity(c: CostComponent): Decimal | null {
  if (c.hourlyQuantity !== undefined) return c.hourlyQuantity === null ? null : c.hourlyQuantity.times(HOURS_PER_MONTH);
  return c.monthlyQuantity ?? null;
}

/**
 * The monthly cost of a quantity at a (possibly tiered) price. The quantity is converted to
 * the price's unit with the component's multiplier, then each tier bills the part of the
 * quantity that falls inside it. When the price data stops at a tier that ends below the
 * quantity (a source that only had the first tier), the rest cannot be priced: the result
 * says how much, and the caller reports it instead of billing it at nothing.
 */
export function monthlyCost(quantity: Decimal, price: Price, unitMultiplier: Decimal | undefined): { cost: Decimal; beyondTiers: Decimal | null } {
  const inPriceUnits = unitMultiplier ? quantity.times(unitMultiplier) : quantity;
  let cost = ZERO;
  for (const tier of price.tiers) {
    if (inPriceUnits.lte(tier.from)) break;
    const top = tier.to === null ? inPriceUnits : Decimal.min(inPriceUnits, tier.to);
    cost = cost.plus(top.minus(tier.from).times(tier.unitPrice));
  }
  const last = price.tiers.at(-1);
  const beyondTiers = last && last.to !== null && inPriceUnits.gt(last.to) ? inPriceUnits.minus(last.to) : null;
  return { cost, beyondTiers };
}

/** The price per display unit a reader sees: the first billed (non-zero) tier. */
export function displayUnitPrice(price: Price, unitMultiplier: Decimal | undefined): Decimal {
  const tier = price.tiers.find((t) => !t.unitPrice.isZero()) ?? price.tiers[0];
  const unitPrice = tier ? tier.unitPrice : ZERO;
  return unitMultiplier ? unitPrice.times(unitMultiplier) : unitPrice;
}
