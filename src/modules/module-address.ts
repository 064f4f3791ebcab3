/** A module in a Terraform module registry: `[host/]namespace/name/provider[//subdir]`. */
export interface RegistryAddress {
  kind: "registry";
  host: string;
  namespace: string;
  name: string;
  provider: string;
  /** Directory inside the downloaded package, "" for its root. */
  subdir: string;
}

/** A GitHub repository at a ref, from any of the git, shorthand or archive forms. */
export interface GitHubAddress {
  kind: "github";
  owner: string;
  repo: string;
  /** Tag, branch or commit SHA; undefined means the default branch. */
  ref?: string;
  /** Directory inside the repository, "" for its root. */
  subdir: string;
}

export type ModuleAddress = RegistryAddress | GitHubAddress;

export const DEFAULT_REGISTRY_HOST = "registry.terraform.io";

/** `terraform-aws-modules/vpc/aws`, with the host only when it is not the public registry. */
export function registryModuleName(addr: Pick<RegistryAddress, "host" | "namespace" | "name" | "provider">): string {
  const id = `${addr.namespace}/${addr.name}/${addr.provider}`;
  return addr.host === DEFAULT_REGISTRY_HOST ? id : `${addr.host}/${id}`;
}

export function repoSlug(addr: Pick<GitHubAddress, "owner" | "repo">): string {
  return `${addr.owner}/${addr.repo}`;
}
