import type { FetchedModule } from "../terraform/module-source.js";
import { fail, withSource } from "./errors.js";
import { registryModuleName, type RegistryAddress } from "./module-address.js";
import { moduleAt } from "./module-dir.js";
import { parseGitHubLocation, type GitHubLocation } from "./parse-github-location.js";
import type { RegistryClient } from "./registry-client.js";
import { selectVersion } from "./select-version.js";
import type { GitHubSnapshots } from "./snapshot.js";
import { joinSubdirs, normalizeSubdir, splitSubdir } from "./subdir.js";

/**
 * A registry module, as `terraform init` installs it: select the version, ask the registry where
 * it lives, fetch that from GitHub, then apply the location's and the source's subdirectories.
 */
export async function fetchRegistryModule(
  source: string,
  addr: RegistryAddress,
  constraint: string | undefined,
  deps: { registry: RegistryClient; snapshots: GitHubSnapshots },
): Promise<FetchedModule> {
  const name = registryModuleName(addr);
  const version = selectVersion(name, await deps.registry.versions(addr), constraint);
  const location = await deps.registry.downloadLocation(addr, version);

  const [address, rawSubdir] = splitSubdir(location);
  const parsed = parseGitHubLocation(address);
  if (!parsed || !("location" in parsed)) {
    fail("unsupported-source", `${addr.host} serves ${name} ${version} from "${location}"; Costgate fetches module code only from GitHub`);
  }
  const github = parsed.location;
  const locationSubdir = normalizeSubdir(archiveRelative(rawSubdir, github));
  if (locationSubdir === undefined) fail("bad-response", `${addr.host} gave a download location for ${name} ${version} that leaves the package: "${location}"`);

  const dir = joinSubdirs(locationSubdir, normalizeSubdir(github.subdir) ?? "", addr.subdir);
  return withSource(source, async () => moduleAt(await deps.snapshots.get(github.owner, github.repo, github.ref), dir, version));
}

/**
 * In an archive location the subdirectory starts with the archive's top-level directory
 * (`//*` or `//terraform-aws-consul-0.1.0`), which snapshots have already stripped.
 */
function archiveRelative(subdir: string, location: GitHubLocation): string {
  if (!location.archive || subdir === "") return subdir;
  const [first, ...rest] = subdir.split("/");
  const top = first!.toLowerCase();
  const repo = location.repo.toLowerCase();
  const isTopDir = top === "*" || top.startsWith(`${repo}-`) || top.startsWith(`${location.owner.toLowerCase()}-${repo}-`);
  return isTopDir ? rest.join("/") : subdir;
}
