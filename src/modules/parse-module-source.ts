import { fail } from "./errors.js";
import type { ModuleAddress } from "./module-address.js";
import { parseGitHubLocation } from "./parse-github-location.js";
import { parseRegistryAddress } from "./parse-registry-address.js";
import { joinSubdirs, normalizeSubdir, splitSubdir } from "./subdir.js";

/**
 * Parses a module block's `source` with Terraform's precedence: local paths, then registry
 * addresses, then go-getter forms. Only registry and GitHub sources come back; everything else
 * throws a `ModuleFetchFailure` saying why.
 */
export function parseModuleSource(source: string): ModuleAddress {
  const text = source.trim();
  if (text === "") fail("invalid-source", "module source is empty");
  if (/^\.\.?([/\\]|$)/.test(text)) fail("invalid-source", `module source "${source}" is a local path, not a remote module`);

  const [address, rawSubdir] = splitSubdir(text);
  const subdir = normalizeSubdir(rawSubdir);
  if (subdir === undefined) {
    fail("invalid-source", `invalid module source "${source}": subdirectory "${rawSubdir}" leads outside the module package`);
  }

  const registry = parseRegistryAddress(address);
  if ("address" in registry) return { ...registry.address, subdir };

  const github = parseGitHubLocation(address);
  if (github && "location" in github) {
    const { owner, repo, ref, subdir: shorthandSubdir } = github.location;
    const inner = normalizeSubdir(shorthandSubdir) ?? "";
    return { kind: "github", owner, repo, ref, subdir: joinSubdirs(inner, subdir) };
  }
  if (github && "unsupported" in github) fail("unsupported-source", unsupported(source, github.unsupported));
  if (github && "invalid" in github) fail("invalid-source", `invalid module source "${source}": ${github.invalid}`);

  const host = address.split("/")[0]!.toLowerCase();
  if (host === "bitbucket.org") fail("unsupported-source", unsupported(source, "Bitbucket repositories"));
  if (/(^|\.)amazonaws\.com$/.test(host)) fail("unsupported-source", unsupported(source, "S3 buckets"));
  if (/(^|\.)googleapis\.com$/.test(host)) fail("unsupported-source", unsupported(source, "Google Cloud Storage"));
  if (host.includes(".")) fail("unsupported-source", unsupported(source, `HTTP downloads (${host})`));
  const hint = address.split("/").length < 3 ? `; for a local directory write "./${address}"` : "";
  fail("invalid-source", `invalid module source "${source}": ${registry.error}${hint}`);
}

function unsupported(source: string, what: string): string {
  return `unsupported module source "${source}": Costgate fetches modules only from Terraform registries and GitHub, not from ${what}`;
}
