import type { SourceTree } from "../source/source-tree.js";

/** A `module` block's source that is not a local path (`./x`, `../x`). */
export interface ModuleRequest {
  /** The `source` argument as written, e.g. `terraform-aws-modules/vpc/aws` or `github.com/acme/mods//vpc?ref=v1.2.0`. */
  source: string;
  /** The `version` constraint, for registry sources. */
  version?: string;
}

export interface FetchedModule {
  /** The fetched files. */
  tree: SourceTree;
  /** Directory of the module inside `tree` ("." for the root), after any `//subdir`. */
  dir: string;
  /** What the source resolved to, for messages and cache keys: "5.1.2", a tag or a commit SHA. */
  resolved: string;
}

/**
 * Fetches remote modules (Terraform Registry, GitHub). Implementations cache by source and
 * resolved version. Rejects with `ModuleFetchError` whose message says why, so the module's
 * resources can be reported as unknown with that reason.
 */
export interface ModuleFetcher {
  fetch(request: ModuleRequest): Promise<FetchedModule>;
}

export class ModuleFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ModuleFetchError";
  }
}
