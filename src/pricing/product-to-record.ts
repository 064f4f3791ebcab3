import { Decimal } from "../shared/decimal.js";
import type { PriceRecord, RecordTier } from "./price-record.js";

/** A product as both the Query API (inlined) and the bulk offer files (products map) carry it. */
export interface PriceListProduct {
  sku?: string;
  productFamily?: string;
  attributes?: Record<string, unknown>;
}

export interface PriceDimension {
  unit?: string;
  beginRange?: string;
  endRange?: string;
  description?: string;
  pricePerUnit?: Record<string, string>;
}

export interface OnDemandTerm {
  offerTermCode?: string;
  priceDimensions?: Record<string, PriceDimension>;
}

/**
 * A Price List product and its `terms.OnDemand` as a record, or undefined when it has no
 * on-demand USD price (reserved-only SKUs, CNY partitions). Reserved terms are never read.
 */
export function productToRecord(
  product: PriceListProduct,
  onDemand: Record<string, OnDemandTerm> | undefined,
  ctx: { service: string; region: string; source: string },
): PriceRecord | undefined {
  const term = Object.entries(onDemand ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))[0]?.[1];
  const dims = Object.values(term?.priceDimensions ?? {}).filter((d) => d.pricePerUnit?.USD !== undefined);
  if (dims.length === 0) return undefined;
  const sorted = dims.sort((a, b) => new Decimal(a.beginRange ?? 0).comparedTo(new Decimal(b.beginRange ?? 0)));
  // Dimensions of one term share a unit; a stray one in another unit is not part of this price.
  const unit = sorted[0].unit ?? "";
  const tiers: RecordTier[] = sorted
    .filter((d) => (d.unit ?? "") === unit)
    .map((d) => ({
      from: new Decimal(d.beginRange ?? 0).toFixed(),
      to: d.endRange === undefined || d.endRange === "Inf" ? null : new Decimal(d.endRange).toFixed(),
      price: new Decimal(d.pricePerUnit!.USD).toFixed(),
    }));
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(product.attributes ?? {})) if (typeof v === "string") attributes[k] = v;
  return {
    service: ctx.service,
    region: ctx.region,
    productFamily: product.productFamily ?? "",
    attributes,
    unit,
    tiers,
    ...(product.sku !== undefined && { sku: product.sku }),
    ...(sorted[0].description && { description: sorted[0].description }),
    source: ctx.source,
  };
}
