/** A Terraform root module Costgate estimates, with how it is run. */
export interface Project {
  /** Display name, unique within a repository ("prod", or the path). */
  name: string;
  /** Root module directory relative to the repository root, posix, "." for the root itself. */
  path: string;
  /** Extra var files (relative to the repository root), after the auto-loaded ones, in order. */
  varFiles: string[];
  /** `-var name=value` pairs, applied last; values are parsed as Terraform parses -var. */
  vars: Record<string, string>;
  /** `terraform.workspace`. */
  workspace: string;
  /** Usage file (relative to the repository root), Infracost format. */
  usageFile?: string;
}

export function defaultProject(path: string): Project {
  return { name: path === "." ? "." : path, path, varFiles: [], vars: {}, workspace: "default" };
}
