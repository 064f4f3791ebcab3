import type { Decimal } from "../shared/decimal.js";

/** Where a unit price came from, shown in every report. */
export interface PriceSource {
  /** "aws-price-list" (live Query API), "offer-file" or "snapshot". */
  kind: "aws-price-list" | "offer-file" | "snapshot";
  /** Human label, e.g. "AWS Price List API" or "bundled snapshot (karpenter 2026-07-20)". */
  label: string;
  /** ISO date of the data: fetch date for the API, data date for files and the snapshot. */
  asOf: string;
}

export interface PriceTier {
  /** Inclusive start of the tier in the price's unit (beginRange). */
  from: Decimal;
  /** Exclusive end, null for open-ended ("Inf"). */
  to: Decimal | null;
  unitPrice: Decimal;
}

/** An on-demand unit price. Single-rate prices have one tier starting at 0. */
export interface Price {
  /** Price List unit string as published ("Hrs", "GB-Mo", "GiBps-mo", ...). */
  unit: string;
  tiers: PriceTier[];
  sku?: string;
  description?: string;
  source: PriceSource;
}

/** "bundled snapshot: ... (2026-07-20)": the label, with the data date unless it already says it. */
export function describePriceSource(source: PriceSource): string {
  return source.label.includes(source.asOf) ? source.label : `${source.label} (${source.asOf})`;
}

/** Why a price lookup produced no price: shown to the user as the component's reason. */
export class PriceNotFound extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PriceNotFound";
  }
}
