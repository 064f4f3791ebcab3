import { TTL } from "./cache-policy.js";
import { cachedOrLoad, type CacheStore } from "./cache-store.js";
import { fail } from "./errors.js";
import { httpGet, readJson, type FetchLike } from "./http.js";
import { registryModuleName, type RegistryAddress } from "./module-address.js";

/** Terraform's module registry protocol: service discovery, version list, download location. */
export interface RegistryClient {
  versions(addr: RegistryAddress): Promise<string[]>;
  /** The `X-Terraform-Get` location for a version, resolved to an absolute address. */
  downloadLocation(addr: RegistryAddress, version: string): Promise<string>;
}

interface RegistryDeps {
  fetch: FetchLike;
  store: CacheStore;
  /** Hosts that may be contacted; a pull request must not make Costgate call arbitrary hosts. */
  allowedHosts: ReadonlySet<string>;
  limit: <T>(run: () => Promise<T>) => Promise<T>;
  singleFlight: <T>(key: string, run: () => Promise<T>) => Promise<T>;
}

const TIMEOUT_MS = 30_000;

export function createRegistryClient(deps: RegistryDeps): RegistryClient {
  const get = (url: string) => deps.limit(() => httpGet(deps.fetch, url, { headers: { accept: "application/json" }, timeoutMs: TIMEOUT_MS }));

  function discover(host: string): Promise<string> {
    return cachedOrLoad(deps, `registry-discovery:${host}`, TTL.discovery, async () => {
      const url = `https://${host}/.well-known/terraform.json`;
      const response = await get(url);
      if (!response.ok) fail("bad-response", `${host} is not a module registry (${url} answered ${response.status})`);
      const modules = ((await readJson(response, "service discovery")) as Record<string, unknown> | null)?.["modules.v1"];
      if (typeof modules !== "string") fail("bad-response", `${host} is not a module registry (no modules.v1 in ${url})`);
      return new URL(modules.endsWith("/") ? modules : `${modules}/`, url).toString();
    });
  }

  async function moduleUrl(addr: RegistryAddress, suffix: string): Promise<string> {
    if (!deps.allowedHosts.has(addr.host)) {
      fail("host-not-allowed", `module registry ${addr.host} is not in the allowed registry hosts (${[...deps.allowedHosts].join(", ")})`);
    }
    const path = [addr.namespace, addr.name, addr.provider].map(encodeURIComponent).join("/");
    return new URL(`${path}/${suffix}`, await discover(addr.host)).toString();
  }

  const moduleKey = (addr: RegistryAddress) => `${addr.host}/${addr.namespace}/${addr.name}/${addr.provider}`;

  return {
    versions(addr) {
      const name = registryModuleName(addr);
      return cachedOrLoad(deps, `registry-versions:${moduleKey(addr)}`, TTL.registryVersions, async () => {
        const response = await get(await moduleUrl(addr, "versions"));
        if (response.status === 404) fail("not-found", `module ${name} not found in ${addr.host}`);
        if (!response.ok) fail("bad-response", `${addr.host} answered ${response.status} when listing versions of ${name}`);
        const body = (await readJson(response, `the versions of ${name}`)) as { modules?: { versions?: { version?: unknown }[] }[] } | null;
        const listed = body?.modules?.[0]?.versions;
        if (!Array.isArray(listed)) fail("bad-response", `${addr.host} sent no version list for ${name}`);
        return listed.map((v) => v?.version).filter((v): v is string => typeof v === "string");
      });
    },

    downloadLocation(addr, version) {
      const name = `${registryModuleName(addr)} ${version}`;
      return cachedOrLoad(deps, `registry-location:${moduleKey(addr)}@${version}`, TTL.immutable, async () => {
        const url = await moduleUrl(addr, `${encodeURIComponent(version)}/download`);
        const response = await get(url);
        if (response.status === 404) fail("not-found", `${name} not found in ${addr.host}`);
        if (response.status !== 200 && response.status !== 204) {
          fail("bad-response", `${addr.host} answered ${response.status} for the download location of ${name}`);
        }
        const location = response.headers.get("x-terraform-get") ?? (await locationFromBody(response));
        if (!location) fail("bad-response", `${addr.host} gave no download location (X-Terraform-Get) for ${name}`);
        return resolveRelativeLocation(location, url);
      });
    },
  };
}

/** Some registries answer 200 with `{"location": "..."}` instead of the header; Terraform accepts both. */
async function locationFromBody(response: Response): Promise<string | undefined> {
  try {
    const location = (JSON.parse(await response.text()) as { location?: unknown }).location;
    return typeof location === "string" && location !== "" ? location : undefined;
  } catch {
    return undefined;
  }
}

/** Locations starting with `/`, `./` or `../` are relative to the download endpoint's URL. */
export function resolveRelativeLocation(location: string, downloadUrl: string): string {
  return /^(\/|\.\/|\.\.\/)/.test(location) ? new URL(location, downloadUrl).toString() : location;
}
