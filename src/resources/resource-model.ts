import type { ComponentSpec } from "./cost-component.js";
import type { ResourceView } from "./resource-view.js";

/** A usage key a resource type understands, with the doc line `--sync-usage-file` writes. */
export interface UsageKey {
  type: "number" | "string";
  description: string;
  /** Example value written (commented out) by `--sync-usage-file`. */
  example?: number | string;
}

/**
 * How one Terraform resource type is billed. A model reads evaluated attributes (and usage)
 * and lists cost components with the prices they need; Terraform's defaults for the type are
 * applied here, in one place.
 */
export interface ResourceModel {
  type: string;
  usage?: Readonly<Record<string, UsageKey>>;
  build(resource: ResourceView): ComponentSpec[];
}
