import { Decimal, dec } from "../../../shared/decimal.js";

/**
 * The monthly quantity of a usage-based component: null when the usage file does not give
 * it (shown as "depends on usage"), else the value divided into the display unit
 * (1,000,000 for "1M requests"). Never 0 for missing usage.
 */
export function usageQuantity(value: Decimal.Value | undefined, perDisplayUnit = 1): Decimal | null {
  if (value === undefined) return null;
  return perDisplayUnit === 1 ? dec(value) : dec(value).div(perDisplayUnit);
}

/** usageQuantity times a count (nodes, brokers, replicas). */
export function usageTimes(value: number | undefined, count: number | Decimal): Decimal | null {
  return value === undefined ? null : dec(value).times(count);
}
