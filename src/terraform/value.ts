import type { AttrValue } from "./attr-value.js";

/**
 * A value inside the evaluator. It is the same shape cost models read (`AttrValue`):
 * - string, number (JS double), boolean, null;
 * - lists, tuples and sets are arrays (a set is sorted and de-duplicated when it is made,
 *   strings lexically, as Terraform iterates sets);
 * - maps and objects are plain objects; iterate them with `sortedKeys` (Terraform order);
 * - `Unknown` for what cannot be known; a collection may be known with unknown elements.
 */
export type Value = AttrValue;

/** Keys in the order Terraform iterates maps and objects: lexical by UTF-16 code unit. */
export function sortedKeys(obj: object): string[] {
  return Object.keys(obj).sort();
}

const setArrays = new WeakSet<object>();

/**
 * Marks an array as a Terraform set, so iteration can treat it as one: iterating a set (in
 * a `for` expression or a `dynamic` block) gives each element as its own key, where a list
 * gives its index. Functions that make sets (`toset`, set type conversion) call it.
 */
export function markSet<T extends Value[]>(values: T): T {
  setArrays.add(values);
  return values;
}

export function isSet(value: Value): boolean {
  return Array.isArray(value) && setArrays.has(value);
}
