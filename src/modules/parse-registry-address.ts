import { DEFAULT_REGISTRY_HOST, type RegistryAddress } from "./module-address.js";

// Terraform's own patterns (terraform-registry-address): names allow `-` and `_` inside, the
// target system only lowercase letters and digits.
const NAME = /^[0-9A-Za-z](?:[0-9A-Za-z_-]{0,62}[0-9A-Za-z])?$/;
const TARGET_SYSTEM = /^[0-9a-z]{1,64}$/;
const HOSTNAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?::\d{1,5})?$/;
/** Hosts Terraform reserves for version control, never registries. */
const RESERVED_HOSTS = new Set(["github.com", "bitbucket.org"]);

/** Parses `[host/]namespace/name/provider` (no `//subdir`); `error` says why it is not one. */
export function parseRegistryAddress(address: string): { address: Omit<RegistryAddress, "subdir"> } | { error: string } {
  const parts = address.split("/");
  if (parts.length !== 3 && parts.length !== 4) {
    return { error: "a module registry address has three or four parts: [HOST/]NAMESPACE/NAME/PROVIDER" };
  }
  let host = DEFAULT_REGISTRY_HOST;
  if (parts.length === 4) {
    host = normalizeHost(parts.shift()!);
    if (!HOSTNAME.test(host)) return { error: `"${host}" is not a registry hostname` };
  }
  if (RESERVED_HOSTS.has(host)) return { error: `${host} is not a module registry` };
  const [namespace, name, provider] = parts as [string, string, string];
  if (!NAME.test(namespace)) {
    return namespace.includes(".")
      ? { error: "a registry address needs NAMESPACE/NAME/PROVIDER after the hostname" }
      : { error: `invalid namespace "${namespace}": letters, digits, "-" and "_" (not at either end), at most 64` };
  }
  if (!NAME.test(name)) return { error: `invalid module name "${name}": letters, digits, "-" and "_" (not at either end), at most 64` };
  if (!TARGET_SYSTEM.test(provider)) {
    return provider.includes("?")
      ? { error: `registry addresses take no query string; set version = "..." in the module block` }
      : { error: `invalid provider "${provider}": lowercase letters and digits only` };
  }
  return { address: { kind: "registry", host, namespace, name, provider } };
}

/** Lowercase, without the default HTTPS port, as Terraform compares hosts. */
function normalizeHost(host: string): string {
  return host.toLowerCase().replace(/:443$/, "");
}
