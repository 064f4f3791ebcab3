import type { AttrObject } from "../../src/terraform/attr-value.js";
import type { ResourceInstance } from "../../src/terraform/resource-instance.js";

/** A resource instance as the evaluator would produce it, for tests of later stages. */
export function instance(address: string, attributes: AttrObject = {}, overrides: Partial<ResourceInstance> = {}): ResourceInstance {
  const match = /(?:^|\.)([a-z0-9_]+)\.([A-Za-z0-9_-]+)(\[[^\]]+\])?$/.exec(address);
  if (!match) throw new Error(`not a resource address: ${address}`);
  return {
    address,
    mode: "managed",
    type: match[1]!,
    name: match[2]!,
    module: address.includes("module.") ? address.slice(0, address.lastIndexOf(`.${match[1]}.`)) : "",
    region: "us-east-1",
    attributes,
    file: "main.tf",
    line: 1,
    countUnknown: false,
    ...overrides,
  };
}
