import { fail } from "./errors.js";
import { httpGet, readJson, type FetchLike } from "./http.js";
import { registryModuleName, type RegistryAddress } from "./module-address.js";
import type { CacheStore } from "./cache-store.js";
import { TTL } from "./cache-policy.js";

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
}

const TIMEOUT_MS = 30_000;
const JSON_HEADERS = { accept: "application/json" };

export function createRegistryClient(deps: RegistryDeps): RegistryClient {
  async function moduleUrl(addr: RegistryAddress, suffix: string): Promise<string> {
    if (!deps.allowedHosts.has(addr.host)) {
      fail("host-not-allowed", `module registry ${addr.host} is not in the allowed registry hosts (${[...deps.allowedHosts].join(", ")})`);
    }
    const base = await discover(addr.host);
    const path = [addr.namespace, addr.name, addr.provider].map(encodeURIComponent).join("/");
    return new URL(`${path}/${suffix}`, base).toString();
  }

  async function discover(host: string): Promise<string> {
    const key = `registry-discovery:${host}`;
    const cached = await deps.store.getEntry<string>(key, TTL.discovery);
    if (cached) return cached;
    const url = `https://${host}/.well-known/terraform.json`;
    const response = await deps.limit(() => httpGet(deps.fetch, url, { headers: JSON_HEADERS, timeoutMs: TIMEOUT_MS }));
    if (!response.ok) fail("bad-response", `${host} is not a module registry (${url} answered ${response.status})`);
    const doc = (await readJson(response, "service discovery")) as Record<string, unknown>;
    const modules = doc?.["modules.v1"];
    if (typeof modules !== "string") fail("bad-response", `${host} is not a module registry (no modules.v1 in ${url})`);
    const base = new URL(modules.endsWith("/") ? modules : `${modules}/`, url).toString();
    await deps.store.putEntry(key, base);
    return base;
  }

  return {
    async versions(addr) {
      const name = registryModuleName(addr);
      const key = `registry-versions:${addr.host}/${addr.namespace}/${addr.name}/${addr.provider}`;
      const cached = await deps.store.getEntry<string[]>(key, TTL.registryVersions);
      if (cached) return cached;
      const url = await moduleUrl(addr, "versions");
      const response = await deps.limit(() => httpGet(deps.fetch, url, { headers: JSON_HEADERS, timeoutMs: TIMEOUT_MS }));
      if (response.status === 404) fail("not-found", `module ${name} not found in ${addr.host}`);
      if (!response.ok) fail("bad-response", `${addr.host} answered ${response.status} when listing versions of ${name}`);
      const body = (await readJson(response, `the versions of ${name}`)) as { modules?: { versions?: { version?: unknown }[] }[] };
      const listed = body?.modules?.[0]?.versions;
      if (!Array.isArray(listed)) fail("bad-response", `${addr.host} sent no version list for ${name}`);
      const versions = listed.map((v) => v?.version).filter((v): v is string => typeof v === "string");
      await deps.store.putEntry(key, versions);
      return versions;
    },

    async downloadLocation(addr, version) {
      const name = registryModuleName(addr);
      const key = `registry-location:${addr.host}/${addr.namespace}/${addr.name}/${addr.provider}@${version}`;
      const cached = await deps.store.getEntry<string>(key, TTL.immutable);
      if (cached) return cached;
      const url = await moduleUrl(addr, `${encodeURIComponent(version)}/download`);
      const response = await deps.limit(() => httpGet(deps.fetch, url, { headers: JSON_HEADERS, timeoutMs: TIMEOUT_MS }));
      if (response.status === 404) fail("not-found", `${name} ${version} not found in ${addr.host}`);
      if (response.status !== 200 && response.status !== 204) {
        fail("bad-response", `${addr.host} answered ${response.status} for the download location of ${name} ${version}`);
      }
      const location = response.headers.get("x-terraform-get") ?? (await locationFromBody(response));
      if (!location) fail("bad-response", `${addr.host} gave no download location (X-Terraform-Get) for ${name} ${version}`);
      const absolute = resolveRelativeLocation(location, url);
      await deps.store.putEntry(key, absolute);
      return absolute;
    },
  };
}

/** Some registries answer 200 with `{"location": "..."}` instead of the header; Terraform accepts both. */
async function locationFromBody(response: Response): Promise<string | undefined> {
  const text = await response.text();
  try {
    const location = (JSON.parse(text) as { location?: unknown }).location;
    return typeof location === "string" && location !== "" ? location : undefined;
  } catch {
    return undefined;
  }
}

/** Locations starting with `/`, `./` or `../` are relative to the download endpoint's URL. */
export function resolveRelativeLocation(location: string, downloadUrl: string): string {
  return /^(\/|\.\/|\.\.\/)/.test(location) ? new URL(location, downloadUrl).toString() : location;
}
