import { Decimal } from "../../shared/decimal.js";
import type { Price, PriceSource } from "../price.js";

/** A Price as JSON: decimals as strings, so a cached price is exactly the fetched one. */
export interface PriceJson {
  unit: string;
  tiers: { from: string; to: string | null; unitPrice: string }[];
  sku?: string;
  description?: string;
  source: PriceSource;
}

export function priceToJson(p: Price): PriceJson {
  return {
    unit: p.unit,
    tiers: p.tiers.map((t) => ({ from: t.from.toFixed(), to: t.to === null ? null : t.to.toFixed(), unitPrice: t.unitPrice.toFixed() })),
    ...(p.sku !== undefined && { sku: p.sku }),
    ...(p.description !== undefined && { description: p.description }),
    source: p.source,
  };
}

/** Throws on anything that is not a well-formed PriceJson (a corrupt cache entry). */
export function priceFromJson(j: unknown): Price {
  const p = j as PriceJson;
  if (!p || typeof p.unit !== "string" || !Array.isArray(p.tiers) || p.tiers.length === 0) throw new Error("not a price");
  if (!p.source || typeof p.source.label !== "string" || typeof p.source.asOf !== "string") throw new Error("price without a source");
  return {
    unit: p.unit,
    tiers: p.tiers.map((t) => ({ from: new Decimal(t.from), to: t.to === null ? null : new Decimal(t.to), unitPrice: new Decimal(t.unitPrice) })),
    ...(p.sku !== undefined && { sku: p.sku }),
    ...(p.description !== undefined && { description: p.description }),
    source: { kind: p.source.kind, label: p.source.label, asOf: p.source.asOf },
  };
}
