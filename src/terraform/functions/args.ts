import { FunctionError } from "./function-types.js";
import { formatNumber, isObject, isUnknown, typeName, type AttrObject } from "./values.js";
import type { Value } from "../value.js";

/**
 * Argument conversions with Terraform's automatic type conversion (number and bool to
 * string, numeric strings to number, "true"/"false" to bool) and its error wording.
 * Each takes the 0-based argument index so the error can point at the argument.
 */

export function notNull(value: Value, index: number): Exclude<Value, null> {
  if (value === null) throw new FunctionError("argument must not be null", index);
  return value;
}

export function toStringArg(value: Value, index: number): string {
  const v = notNull(value, index);
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return String(v);
  throw new FunctionError("string required", index);
}

/** A string as Terraform's string-to-number conversion reads it, or undefined. */
export function parseNumber(text: string): number | undefined {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return undefined;
  return Number(text);
}

export function toNumberArg(value: Value, index: number): number {
  const v = notNull(value, index);
  if (typeof v === "number") return v;
  if (typeof v === "string") {
    const n = parseNumber(v);
    if (n !== undefined) return n;
    throw new FunctionError("a number is required", index);
  }
  throw new FunctionError("number required", index);
}

/** A whole number (for counts, indexes, bit lengths); `prefix` leads the error message. */
export function toIntegerArg(value: Value, index: number, prefix = ""): number {
  const n = toNumberArg(value, index);
  if (!Number.isInteger(n)) {
    throw new FunctionError(`${prefix}value must be a whole number, between -9223372036854775808 and 9223372036854775807`, index);
  }
  return n;
}

export function toBoolArg(value: Value, index: number): boolean {
  const v = notNull(value, index);
  if (typeof v === "boolean") return v;
  if (v === "true" || v === "false") return v === "true";
  throw new FunctionError(typeof v === "string" ? "a bool is required" : "bool required", index);
}

/** A list, set or tuple argument. `required` is the type Terraform names in its error. */
export function toListArg(value: Value, index: number, required = "list of any single type"): Value[] {
  const v = notNull(value, index);
  if (Array.isArray(v)) return v;
  throw new FunctionError(`${required} required`, index);
}

export function toStringListArg(value: Value, index: number): string[] {
  return toListArg(value, index, "list of string").map((item) => {
    if (item === null) throw new FunctionError("element must not be null", index);
    if (isUnknown(item) || typeof item === "object") throw new FunctionError("list of string required", index);
    return toStringArg(item, index);
  });
}

export function toNumberListArg(value: Value, index: number, message = "list of number required"): number[] {
  return toListArg(value, index, "list of number").map((item) => {
    const n = typeof item === "string" ? parseNumber(item) : item;
    if (typeof n !== "number") throw new FunctionError(message, index);
    return n;
  });
}

/** A map or object argument. */
export function toObjectArg(value: Value, index: number, required = "map of any single type"): AttrObject {
  const v = notNull(value, index);
  if (isObject(v)) return v;
  throw new FunctionError(`${required} required, but have ${typeName(v)}`, index);
}
