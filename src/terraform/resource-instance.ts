import type { AttrObject } from "./attr-value.js";
import type { Unknown } from "./unknown.js";

/** One resource instance as `terraform plan` would list it, with its evaluated configuration. */
export interface ResourceInstance {
  /** Exactly as Terraform prints it: `module.app["eu"].aws_db_instance.main`, `aws_instance.web[0]`. */
  address: string;
  mode: "managed" | "data";
  type: string;
  name: string;
  /** Module path of the instance (`module.app["eu"]`), "" at the root. */
  module: string;
  /** AWS region from the provider the resource uses, or Unknown when it cannot be resolved. */
  region: string | Unknown;
  /** The attributes set in configuration, evaluated. Unset attributes are absent. */
  attributes: AttrObject;
  /** Source file (relative to the repository root) and 1-based line of the resource block. */
  file: string;
  line: number;
  /** `count` / `for_each` could not be resolved; one instance is assumed. */
  countUnknown: boolean;
}
