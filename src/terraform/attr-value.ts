import { Unknown } from "./unknown.js";

/**
 * An evaluated attribute value as cost models see it: the shape of `terraform show -json`
 * planned values. Nested blocks are arrays of objects (`root_block_device: [{...}]`), sets
 * are arrays in Terraform's set order, and what could not be known is an `Unknown`.
 */
export type AttrValue = null | boolean | number | string | AttrValue[] | AttrObject | Unknown;
export interface AttrObject {
  [key: string]: AttrValue;
}

export function isAttrObject(value: AttrValue | undefined): value is AttrObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Unknown);
}
