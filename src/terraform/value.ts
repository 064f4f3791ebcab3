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
