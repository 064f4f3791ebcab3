/**
 * One on-demand price in Price List shape, as the snapshot stores it and as live answers
 * are parsed into before a choice is made. Prices stay decimal strings ("0.0416") until
 * they become a `Price`.
 */
export interface PriceRecord {
  service: string;
  /** Region code, or "global". */
  region: string;
  /** "" when AWS publishes the product without a family (AmazonVPC public IPv4). */
  productFamily: string;
  /** Price List attribute name -> exact published value. */
  attributes: Readonly<Record<string, string>>;
  /** Unit as published ("Hrs", "GB-Mo", "GB-month", ...). */
  unit: string;
  tiers: RecordTier[];
  sku?: string;
  description?: string;
  /** Id of the entry in the snapshot's `sources` that this price came from. */
  source: string;
}

export interface RecordTier {
  /** beginRange, a decimal string. */
  from: string;
  /** endRange, null for "Inf". */
  to: string | null;
  /** USD per unit, a decimal string. */
  price: string;
}

/** Where a group of snapshot records came from: shown with every price and in `prices info`. */
export interface SnapshotSourceInfo {
  id: string;
  /** "snapshot" for curated public data, "offer-file" for AWS's own bulk files. */
  kind: "snapshot" | "offer-file";
  /** Short human label, e.g. "EC2 on-demand table, aws/karpenter-provider-aws". */
  label: string;
  /** ISO date of the data (not of the build). */
  asOf: string;
  currency: "USD";
  license?: string;
  repo?: string;
  path?: string;
  commit?: string;
  url?: string;
  /** The upstream file the builder read. */
  file?: string;
  notes?: string[];
}
