import { isAttrObject, type AttrObject } from "../attr-value.js";
import { Unknown, isUnknown } from "../unknown.js";
import { sortedKeys, type Value } from "../value.js";

export { isAttrObject as isObject, isUnknown };
export type { AttrObject };

/** The first Unknown anywhere inside a value (depth first), if any. */
export function findUnknown(value: Value): Unknown | undefined {
  if (isUnknown(value)) return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findUnknown(item);
      if (found) return found;
    }
  } else if (isAttrObject(value)) {
    for (const key of sortedKeys(value)) {
      const found = findUnknown(value[key]!);
      if (found) return found;
    }
  }
  return undefined;
}

export function hasUnknown(value: Value): boolean {
  return findUnknown(value) !== undefined;
}

/** Terraform's name for a value's type, as its error messages spell it. */
export function typeName(value: Value): string {
  if (value === null) return "null";
  if (isUnknown(value)) return "unknown";
  if (Array.isArray(value)) return "tuple";
  if (typeof value === "object") return "object";
  if (typeof value === "boolean") return "bool";
  return typeof value;
}

/** Deep equality as Terraform's `==` sees two values of the same shape. */
export function valueEquals(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => valueEquals(item, b[i]!));
  }
  if (isAttrObject(a) && isAttrObject(b)) {
    const keys = sortedKeys(a);
    const other = sortedKeys(b);
    return keys.length === other.length && keys.every((k, i) => k === other[i] && valueEquals(a[k]!, b[k]!));
  }
  return false;
}

/**
 * A number as Terraform prints it: shortest decimal form, never an exponent
 * (cty formats with big.Float `Text('f', -1)`).
 */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "+Inf" : "-Inf";
  if (Object.is(n, -0)) return "0";
  const text = String(n);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, lead, frac = "", expText] = match;
  const digits = lead! + frac;
  const point = 1 + Number(expText);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Grapheme clusters, which Terraform counts as a string's characters. */
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
