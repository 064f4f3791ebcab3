import pLimit from "p-limit";
import type { FetchedModule, ModuleFetcher, ModuleRequest } from "../terraform/module-source.js";
import { defaultModuleCacheDir } from "./cache-dir.js";
import { createCacheStore } from "./cache-store.js";
import { asFetchError, fail, withSource } from "./errors.js";
import { apiSnapshots } from "./github-api-snapshots.js";
import type { OctokitLike } from "./github-api.js";
import { archiveSnapshots } from "./github-archive-snapshots.js";
import type { FetchLike } from "./http.js";
import { DEFAULT_REGISTRY_HOST } from "./module-address.js";
import { moduleAt } from "./module-dir.js";
import { DEFAULT_FILE_LIMITS, type FileLimits } from "./module-files.js";
import { fetchRegistryModule } from "./fetch-registry-module.js";
import { parseModuleSource } from "./parse-module-source.js";
import { createRegistryClient } from "./registry-client.js";
import { createSingleFlight } from "./single-flight.js";
import { createArchiveObjects, type GitHubSnapshots } from "./snapshot.js";

export interface ModuleFetcherOptions {
  /**
   * How GitHub is reached. `{ octokit }`: the GitHub App's installation client, so private
   * repositories the installation can read work. `{ token }`: plain HTTPS for the CLI, with the
   * token when given, else `GITHUB_TOKEN` when set, else anonymous. Default: `{}`.
   */
  github?: { octokit: OctokitLike } | { token?: string };
  /** Module registries that may be contacted. Default: `["registry.terraform.io"]`. */
  registryHosts?: string[];
  /** Disk cache directory (`<dir>` is used as is), or false for memory only. Default: `defaultModuleCacheDir()`. */
  cacheDir?: string | false;
  /** HTTP for the registry and the anonymous GitHub path. Default: the global fetch. */
  fetch?: FetchLike;
  /** Downloads at once (archives); API and registry requests run at twice this. Default: 4. */
  concurrency?: number;
  limits?: Partial<FileLimits>;
  /** Clock for cache expiry. */
  now?: () => number;
}

/** The remote-module fetcher the evaluator calls for every `module` block whose source is not a local path. */
export function createModuleFetcher(options: ModuleFetcherOptions = {}): ModuleFetcher {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const limits = { ...DEFAULT_FILE_LIMITS, ...options.limits };
  const cacheDir = options.cacheDir === undefined ? defaultModuleCacheDir() : options.cacheDir;
  const store = createCacheStore({ dir: cacheDir || undefined, now: options.now });
  const objects = createArchiveObjects(store);
  const singleFlight = createSingleFlight();
  const concurrency = options.concurrency ?? 4;
  const limitDownloads = pLimit(concurrency);
  const limitRequests = pLimit(concurrency * 2);
  const shared = { store, objects, limits, singleFlight, limitDownloads: <T>(run: () => Promise<T>) => limitDownloads(run) };

  const github = options.github ?? {};
  const snapshots: GitHubSnapshots =
    "octokit" in github
      ? apiSnapshots({ ...shared, octokit: github.octokit, limitRequests: (run) => limitRequests(run) })
      : archiveSnapshots({ ...shared, fetch: fetchImpl, token: github.token ?? (process.env.GITHUB_TOKEN || undefined) });
  const registry = createRegistryClient({
    fetch: fetchImpl,
    store,
    allowedHosts: new Set((options.registryHosts ?? [DEFAULT_REGISTRY_HOST]).map((h) => h.toLowerCase())),
    limit: (run) => limitRequests(run),
    singleFlight,
  });

  async function fetchModule(request: ModuleRequest): Promise<FetchedModule> {
    const addr = parseModuleSource(request.source);
    const constraint = request.version?.trim() || undefined;
    if (addr.kind === "registry") return fetchRegistryModule(request.source, addr, constraint, { registry, snapshots });
    if (constraint) {
      fail("invalid-source", `module source ${request.source}: a version constraint applies only to registry modules; pin a git source with ?ref= instead`);
    }
    return withSource(request.source, async () => {
      const snapshot = await snapshots.get(addr.owner, addr.repo, addr.ref);
      return moduleAt(snapshot, addr.subdir, snapshot.commit ?? addr.ref ?? "HEAD");
    });
  }

  return {
    fetch(request) {
      const key = `${request.source}\n${request.version ?? ""}`;
      return singleFlight(`module:${key}`, () =>
        fetchModule(request).catch((err: unknown) => {
          throw asFetchError(request.source, err);
        }),
      );
    },
  };
}
