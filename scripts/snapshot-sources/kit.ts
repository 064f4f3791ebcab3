import { Decimal } from "../../src/shared/decimal.js";
import type { PriceRecord, RecordTier } from "../../src/pricing/price-record.js";
import { regionalUsagetype, regionInfo } from "../../src/pricing/regions.js";

/**
 * Building blocks for snapshot records from the public tables in /work/shared/prices. Every
 * record gets the attributes a Price List product of that kind carries and a usagetype
 * spelled the way the region publishes it (pitfall 1 of aws-pricing.md).
 */

/** A JSON number from an upstream file as an exact decimal string (5.5e-8 -> "0.000000055"). */
export function dec(value: number | string): string {
  return new Decimal(String(value)).toFixed();
}

/** `value / divisor` exactly, for "per 1M requests" -> "per request" style conversions. */
export function per(value: number, divisor: number): string {
  return new Decimal(String(value)).div(divisor).toFixed();
}

export function minus(a: number, b: number): string {
  return new Decimal(String(a)).minus(String(b)).toFixed();
}

export function times(value: number, factor: number): string {
  return new Decimal(String(value)).times(factor).toFixed();
}

export function flat(price: string): RecordTier[] {
  return [{ from: "0", to: null, price }];
}

/** Tiers from [beginRange, price] pairs (eu-west-1 file), each ending where the next begins. */
export function tiersFromStarts(pairs: readonly (readonly [number, number])[]): RecordTier[] {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  return sorted.map(([from, price], i) => ({ from: dec(from), to: i + 1 < sorted.length ? dec(sorted[i + 1][0]) : null, price: dec(price) }));
}

export function tiers(...rows: readonly [from: number, to: number | null, price: string][]): RecordTier[] {
  return rows.map(([from, to, price]) => ({ from: dec(from), to: to === null ? null : dec(to), price }));
}

/** The attributes every regional product has: regionCode, location, locationType, servicecode. */
export function regionalAttributes(service: string, region: string): Record<string, string> {
  if (region === "global") return { servicecode: service };
  const info = regionInfo(region);
  if (!info) throw new Error(`unknown region ${region}`);
  return { servicecode: service, regionCode: region, location: info.location, locationType: "AWS Region" };
}

export interface RecordSpec {
  service: string;
  region: string;
  productFamily: string;
  attributes: Record<string, string>;
  unit: string;
  tiers: RecordTier[];
  source: string;
  description?: string;
}

export function record(spec: RecordSpec): PriceRecord {
  const attributes = { ...regionalAttributes(spec.service, spec.region), ...spec.attributes };
  return {
    service: spec.service,
    region: spec.region,
    productFamily: spec.productFamily,
    attributes,
    unit: spec.unit,
    tiers: spec.tiers,
    ...(spec.description !== undefined && { description: spec.description }),
    source: spec.source,
  };
}

export { regionalUsagetype as usagetype };

/** Values of the curated file by dotted path ("\\." for a dot inside a key), strictly typed. */
export interface Curated {
  num(path: string): number;
  text(path: string): string;
}

/** A renamed or retyped key in the curated file fails the build instead of pricing at $0. */
export function curated(data: unknown, file: string): Curated {
  const get = (dotted: string): unknown => {
    let cur: unknown = data;
    for (const part of dotted.split(/(?<!\\)\./).map((p) => p.replaceAll("\\.", "."))) {
      if (cur === null || typeof cur !== "object" || !(part in cur)) throw new Error(`${file} has no ${dotted}`);
      cur = (cur as Record<string, unknown>)[part];
    }
    return cur;
  };
  const typed = <T>(dotted: string, type: string): T => {
    const v = get(dotted);
    if (typeof v !== type) throw new Error(`${file} ${dotted} is not a ${type}: ${JSON.stringify(v)}`);
    return v as T;
  };
  return { num: (p) => typed<number>(p, "number"), text: (p) => typed<string>(p, "string") };
}
