export { createModuleFetcher, type ModuleFetcherOptions } from "./create-module-fetcher.js";
export { defaultModuleCacheDir } from "./cache-dir.js";
export { ModuleFetchFailure, type ModuleFetchFailureCode } from "./errors.js";
export type { OctokitLike } from "./github-api.js";
export type { GitHubAddress, ModuleAddress, RegistryAddress } from "./module-address.js";
export { DEFAULT_FILE_LIMITS, type FileLimits } from "./module-files.js";
export { parseModuleSource } from "./parse-module-source.js";
export { parseConstraints } from "./version-constraint.js";
export { selectVersion } from "./select-version.js";
