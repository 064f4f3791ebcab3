import { encodeJson } from "./json.js";
import { isUnknown, valueEquals } from "./values.js";
import { markSet, type Value } from "../value.js";

/** Go compares strings byte-wise in UTF-8, which is code point order (not UTF-16 order). */
export function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function rank(v: Value): number {
  return v === null ? 1 : 0;
}

/**
 * A set as Terraform iterates it: duplicates removed, strings in code point order, numbers
 * ascending, false before true, nulls last. Terraform orders sets of collections by hash, which
 * no one can rely on; they keep a stable order here (by their JSON text).
 */
export function toSetOrder(items: Value[]): Value[] {
  const unique: Value[] = [];
  for (const item of items) {
    if (!unique.some((u) => valueEquals(u, item))) unique.push(item);
  }
  // Marked as a set so `for` and `dynamic` iterate it by value, as Terraform does.
  return markSet(unique).sort((a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    if (typeof a === "string" && typeof b === "string") return compareCodePoints(a, b);
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
    if (isUnknown(a) || isUnknown(b)) return 0;
    return compareCodePoints(encodeJson(a), encodeJson(b));
  });
}
