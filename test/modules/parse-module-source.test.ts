import { ModuleFetchError } from "../../src/terraform/module-source.js";
import { ModuleFetchFailure } from "../../src/modules/errors.js";
import type { ModuleAddress } from "../../src/modules/module-address.js";
import { parseModuleSource } from "../../src/modules/parse-module-source.js";

const registry = (namespace: string, name: string, provider: string, subdir = "", host = "registry.terraform.io"): ModuleAddress => ({
  kind: "registry",
  host,
  namespace,
  name,
  provider,
  subdir,
});
const github = (owner: string, repo: string, ref: string | undefined, subdir = ""): ModuleAddress => ({ kind: "github", owner, repo, ref, subdir });

describe("parseModuleSource: accepted forms", () => {
  it.each<[string, ModuleAddress]>([
    ["terraform-aws-modules/vpc/aws", registry("terraform-aws-modules", "vpc", "aws")],
    ["terraform-aws-modules/iam/aws//modules/iam-assumable-role", registry("terraform-aws-modules", "iam", "aws", "modules/iam-assumable-role")],
    ["registry.terraform.io/hashicorp/consul/aws", registry("hashicorp", "consul", "aws")],
    ["app.terraform.io/acme/network/aws//modules/nat", registry("acme", "network", "aws", "modules/nat", "app.terraform.io")],
    ["Registry.Example.com:443/acme_corp/vpc-base/aws", registry("acme_corp", "vpc-base", "aws", "", "registry.example.com")],
    ["registry.example.com:8443/acme/vpc/aws", registry("acme", "vpc", "aws", "", "registry.example.com:8443")],
    ["github.com/acme/terraform-modules", github("acme", "terraform-modules", undefined)],
    ["github.com/acme/terraform-modules//vpc?ref=v1.2.0", github("acme", "terraform-modules", "v1.2.0", "vpc")],
    ["github.com/acme/terraform-modules.git//modules/vpc?ref=main&depth=1", github("acme", "terraform-modules", "main", "modules/vpc")],
    ["github.com/acme/terraform-modules/modules/vpc?ref=v2", github("acme", "terraform-modules", "v2", "modules/vpc")],
    ["git::https://github.com/acme/terraform-modules.git//dir?ref=v1.2.0", github("acme", "terraform-modules", "v1.2.0", "dir")],
    ["git::https://github.com/acme/terraform-modules?ref=4a2809c673afa13097af98c2e3c553da8db766a9", github("acme", "terraform-modules", "4a2809c673afa13097af98c2e3c553da8db766a9")],
    ["git::https://x-access-token:secret@github.com/acme/mods.git?ref=release/2025-03", github("acme", "mods", "release/2025-03")],
    ["git::ssh://git@github.com/acme/terraform-modules.git", github("acme", "terraform-modules", undefined)],
    ["git::ssh://git@github.com/acme/terraform-modules.git//vpc?ref=v1.0.0&sshkey=abc", github("acme", "terraform-modules", "v1.0.0", "vpc")],
    ["git@github.com:acme/terraform-modules.git", github("acme", "terraform-modules", undefined)],
    ["git@github.com:acme/terraform-modules.git//modules/vpc?ref=v3.1.0", github("acme", "terraform-modules", "v3.1.0", "modules/vpc")],
    ["git::git@github.com:acme/terraform-modules.git?ref=v3", github("acme", "terraform-modules", "v3")],
    ["https://github.com/acme/terraform-modules/archive/v1.4.0.tar.gz//terraform-modules-1.4.0/vpc", github("acme", "terraform-modules", "v1.4.0", "terraform-modules-1.4.0/vpc")],
    ["github.com/acme/mods//modules/./vpc/", github("acme", "mods", undefined, "modules/vpc")],
    ["https://codeload.github.com/acme/mods/tar.gz/v1.0.0", github("acme", "mods", "v1.0.0")],
    ["https://github.com/acme/mods/archive/refs/tags/v1.0.0.zip", github("acme", "mods", "v1.0.0")],
    ["https://github.com/acme/mods/archive/%E0%A4%A.tar.gz", github("acme", "mods", "%E0%A4%A")],
    ["  terraform-aws-modules/vpc/aws  ", registry("terraform-aws-modules", "vpc", "aws")],
  ])("%s", (source, expected) => {
    expect(parseModuleSource(source)).toEqual(expected);
  });
});

describe("parseModuleSource: rejected forms", () => {
  it.each<[string, string, string]>([
    ["s3::https://s3-eu-west-1.amazonaws.com/acme-modules/vpc.zip", "unsupported-source", "not from S3 buckets"],
    ["s3-eu-west-1.amazonaws.com/acme-modules/vpc.zip", "unsupported-source", "not from S3 buckets"],
    ["gcs::https://www.googleapis.com/storage/v1/acme/modules/vpc.zip", "unsupported-source", "not from Google Cloud Storage"],
    ["www.googleapis.com/storage/v1/acme/modules/vpc.zip", "unsupported-source", "not from Google Cloud Storage"],
    ["hg::http://hg.example.com/modules", "unsupported-source", "not from Mercurial repositories"],
    ["https://example.com/modules/vpc.zip", "unsupported-source", "not from HTTP archives (example.com)"],
    ["example.com/vpc-module.zip", "unsupported-source", "not from HTTP downloads (example.com)"],
    ["bitbucket.org/acme/terraform-modules", "unsupported-source", "not from Bitbucket repositories"],
    ["git::https://gitlab.com/acme/terraform-modules.git", "unsupported-source", "not from git repositories outside github.com (gitlab.com)"],
    ["git@gitlab.com:acme/terraform-modules.git", "unsupported-source", "not from git repositories outside github.com (gitlab.com)"],
    ["git::https://github.com/acme/terraform-modules/tree/main", "invalid-source", "a git URL names a repository"],
    ["https://github.com/acme/terraform-modules", "invalid-source", "write git::https://github.com/OWNER/REPO.git"],
    ["github.com/acme", "invalid-source", "is not a GitHub OWNER/REPO"],
    ["terraform-aws-modules/vpc/aws?ref=v5.0.0", "invalid-source", "registry addresses take no query string"],
    ["terraform-aws-modules/vpc/AWS", "invalid-source", 'invalid provider "AWS"'],
    ["-acme/vpc/aws", "invalid-source", 'invalid namespace "-acme"'],
    ["hashicorp/consul", "invalid-source", 'for a local directory write "./hashicorp/consul"'],
    ["terraform-aws-modules/vpc/aws//../../etc", "invalid-source", "leads outside the module package"],
    ["./modules/vpc", "invalid-source", "is a local path"],
    ["../shared", "invalid-source", "is a local path"],
    ["", "invalid-source", "module source is empty"],
  ])("%s", (source, code, message) => {
    let error: unknown;
    try {
      parseModuleSource(source);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ModuleFetchError);
    expect((error as ModuleFetchFailure).code).toBe(code);
    expect((error as Error).message).toContain(message);
  });

  it("says what an unsupported source is and what Costgate fetches instead", () => {
    expect(() => parseModuleSource("s3::https://s3.amazonaws.com/acme/vpc.zip")).toThrow(
      'unsupported module source "s3::https://s3.amazonaws.com/acme/vpc.zip": Costgate fetches modules only from Terraform registries and GitHub, not from S3 buckets',
    );
  });
});
