import { isUnknown } from "../unknown.js";
import type { Value } from "../value.js";

/** Terraform's primitive type names, for messages. */
export function typeName(v: Value): string {
  if (v === null) return "null";
  if (isUnknown(v)) return "unknown";
  if (Array.isArray(v)) return "tuple";
  if (typeof v === "object") return "object";
  return typeof v === "boolean" ? "bool" : typeof v;
}

/** How Terraform prints a number as a string: integers without a decimal point. */
export function numberToString(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}

const NUMBER_SYNTAX = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** string/number/bool conversions exactly where Terraform allows them; undefined when it refuses. */
export function toNumber(v: Value): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string" && NUMBER_SYNTAX.test(v.trim()) && v.trim() === v) return Number(v);
  return undefined;
}

export function toBool(v: Value): boolean | undefined {
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  return undefined;
}

export function toStringValue(v: Value): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number") return numberToString(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  return undefined;
}

/** Deep equality of known values, as `==` compares them (no conversion between types). */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && valuesEqual((a as Record<string, Value>)[k], (b as Record<string, Value>)[k]));
  }
  return false;
}
