import type { Decimal } from "../shared/decimal.js";
import type { PriceQuery } from "../pricing/price-query.js";

/**
 * One line of a resource's bill: what is counted, how much of it per hour or per month,
 * and which price it is multiplied by. A cost model returns these; it never sees a price.
 */
export interface CostComponent {
  /** "Instance usage (Linux/UNIX, on-demand, t3.medium)", "Storage (gp3)". */
  name: string;
  /** Display unit of the quantity: "hours", "GB", "IOPS", "MBps", "1M requests". */
  unit: string;
  /**
   * Exactly one of the two is set. An hourly quantity is billed for 730 hours a month.
   * `null` means usage-based with no usage given: shown with its unit price, counted as 0.
   */
  hourlyQuantity?: Decimal | null;
  monthlyQuantity?: Decimal | null;
  price: PriceQuery;
  /**
   * Converts the published price to a price per display unit: the quantity is multiplied by
   * this before the (tiered) price is applied. 1/1024 for gp3 throughput priced per GiBps-mo
   * but provisioned in MiB/s; 1,000,000 for "1M requests" priced per request.
   */
  unitMultiplier?: Decimal;
  /** The published unit the price must have (normalized); another unit means a wrong match. */
  priceUnit?: string;
  /** The cost depends on usage that Terraform does not declare. */
  usageBased?: boolean;
  /** The part of the resource it belongs to, e.g. "root_block_device". */
  subresource?: string;
}

/** A component that cannot be priced because an input it needs is unknown. */
export interface UnknownComponent {
  name: string;
  unit: string;
  unknown: string;
  usageBased?: boolean;
  subresource?: string;
}

export type ComponentSpec = CostComponent | UnknownComponent;

export function isUnknownComponent(c: ComponentSpec): c is UnknownComponent {
  return "unknown" in c;
}
