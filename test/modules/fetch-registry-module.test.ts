import { createModuleFetcher } from "../../src/modules/create-module-fetcher.js";
import { ModuleFetchFailure } from "../../src/modules/errors.js";
import { ModuleFetchError } from "../../src/terraform/module-source.js";
import { mockCodeload, mockDiscovery, mockDownload, mockVersions, REGISTRY, useCleanNock, useTempCacheDir } from "./helpers/mocks.js";
import { repoTarGz } from "./helpers/tar-builder.js";
import nock from "nock";

const VPC = "terraform-aws-modules/vpc/aws";
const VPC_COMMIT = "4a2809c673afa13097af98c2e3c553da8db766a9";
const VERSIONS = ["5.19.0", "5.20.0", "5.21.0", "4.0.2", "6.0.0-beta1"];
const vpcRepo = repoTarGz(
  "terraform-aws-vpc-5.21.0",
  {
    "main.tf": 'resource "aws_vpc" "this" {\n  cidr_block = var.cidr\n}\n',
    "variables.tf": 'variable "cidr" {\n  default = "10.0.0.0/16"\n}\n',
    "modules/vpc-endpoints/main.tf": 'resource "aws_vpc_endpoint" "this" {\n  for_each = var.endpoints\n}\n',
    "README.md": "# AWS VPC Terraform module\n",
  },
  VPC_COMMIT,
);

describe("registry modules", () => {
  useCleanNock();
  const cacheDir = useTempCacheDir();
  const fetcher = () => createModuleFetcher({ cacheDir: cacheDir() });

  it("discovers the registry, selects the version, follows X-Terraform-Get to GitHub", async () => {
    const scopes = [
      mockDiscovery(),
      mockVersions(VPC, VERSIONS),
      mockDownload(VPC, "5.21.0", "git::https://github.com/terraform-aws-modules/terraform-aws-vpc?ref=v5.21.0"),
      mockCodeload("terraform-aws-modules", "terraform-aws-vpc", "v5.21.0", vpcRepo),
    ];
    const module = await fetcher().fetch({ source: VPC, version: "~> 5.0" });
    expect(module.resolved).toBe("5.21.0");
    expect(module.dir).toBe(".");
    expect(await module.tree.list()).toEqual(["main.tf", "modules/vpc-endpoints/main.tf", "variables.tf"]);
    expect(await module.tree.read("main.tf")).toContain('resource "aws_vpc" "this"');
    expect(module.tree.label).toBe(`github.com/terraform-aws-modules/terraform-aws-vpc@${VPC_COMMIT}`);
    for (const scope of scopes) expect(scope.isDone()).toBe(true);
  });

  it("applies the source's //subdir inside the package, and follows a commit SHA location", async () => {
    mockDiscovery();
    mockVersions(VPC, VERSIONS);
    mockDownload(VPC, "5.21.0", `git::https://github.com/terraform-aws-modules/terraform-aws-vpc?ref=${VPC_COMMIT}`);
    const codeload = mockCodeload("terraform-aws-modules", "terraform-aws-vpc", VPC_COMMIT, vpcRepo);
    const module = await fetcher().fetch({ source: `${VPC}//modules/vpc-endpoints`, version: "5.21.0" });
    expect(module).toMatchObject({ dir: "modules/vpc-endpoints", resolved: "5.21.0" });
    expect(codeload.isDone()).toBe(true);
  });

  it("follows an API tarball location with a //* subdir (the protocol's own example)", async () => {
    const consul = "hashicorp/consul/aws";
    mockDiscovery();
    mockVersions(consul, ["0.0.1"]);
    mockDownload(consul, "0.0.1", "https://api.github.com/repos/hashicorp/terraform-aws-consul/tarball/v0.0.1//*?archive=tar.gz");
    const codeload = mockCodeload("hashicorp", "terraform-aws-consul", "v0.0.1", repoTarGz("hashicorp-terraform-aws-consul-3e4d5f6", { "modules/consul-cluster/main.tf": "# cluster\n" }));
    const module = await fetcher().fetch({ source: `${consul}//modules/consul-cluster` });
    expect(module).toMatchObject({ dir: "modules/consul-cluster", resolved: "0.0.1" });
    expect(codeload.isDone()).toBe(true);
  });

  it("resolves a relative base URL and a JSON location on a private registry the caller allowed", async () => {
    const origin = "https://tf.acme.example";
    mockDiscovery(origin, "/api/registry/v1/modules");
    mockVersions("platform/network/aws", ["1.2.0"], origin, "/api/registry/v1/modules/");
    nock(origin)
      .get("/api/registry/v1/modules/platform/network/aws/1.2.0/download")
      .reply(200, { location: "git::https://github.com/acme/terraform-aws-network.git?ref=v1.2.0" });
    mockCodeload("acme", "terraform-aws-network", "v1.2.0", repoTarGz("terraform-aws-network-1.2.0", { "main.tf": "# net\n" }, "b".repeat(40)));
    const module = await createModuleFetcher({ cacheDir: cacheDir(), registryHosts: ["registry.terraform.io", "tf.acme.example"] }).fetch({
      source: "tf.acme.example/platform/network/aws",
      version: ">= 1.0",
    });
    expect(module.resolved).toBe("1.2.0");
    expect(await module.tree.read("main.tf")).toBe("# net\n");
  });

  it("refuses a registry host that was not allowed, without contacting it", async () => {
    const attempt = createModuleFetcher({ cacheDir: cacheDir() }).fetch({ source: "tf.evil.example/acme/vpc/aws" });
    await expect(attempt).rejects.toMatchObject({ code: "host-not-allowed" });
    await expect(attempt).rejects.toThrow("module registry tf.evil.example is not in the allowed registry hosts (registry.terraform.io)");
  });

  it("refuses a download location that is not on GitHub", async () => {
    mockDiscovery();
    mockVersions("acme/vpc/aws", ["1.0.0"]);
    mockDownload("acme/vpc/aws", "1.0.0", "./vpc-1.0.0.tar.gz");
    await expect(fetcher().fetch({ source: "acme/vpc/aws" })).rejects.toThrow(
      `registry.terraform.io serves acme/vpc/aws 1.0.0 from "${REGISTRY}/v1/modules/acme/vpc/aws/1.0.0/vpc-1.0.0.tar.gz"; Costgate fetches module code only from GitHub`,
    );
  });

  it("says when no version matches, naming the newest release", async () => {
    mockDiscovery();
    mockVersions(VPC, VERSIONS);
    const attempt = fetcher().fetch({ source: VPC, version: "~> 99.0" });
    await expect(attempt).rejects.toBeInstanceOf(ModuleFetchError);
    await expect(attempt).rejects.toThrow("no version of terraform-aws-modules/vpc/aws matches ~> 99.0 (newest: 5.21.0)");
  });

  it("says when the registry does not know the module", async () => {
    mockDiscovery();
    nock(REGISTRY).get("/v1/modules/terraform-aws-modules/vpcx/aws/versions").reply(404, { errors: ["Not Found"] });
    await expect(fetcher().fetch({ source: "terraform-aws-modules/vpcx/aws" })).rejects.toThrow(
      "module terraform-aws-modules/vpcx/aws not found in registry.terraform.io",
    );
  });

  it("says when the registry is unreachable", async () => {
    nock(REGISTRY).get("/.well-known/terraform.json").replyWithError(Object.assign(new Error("connect ECONNREFUSED 10.0.0.1:443"), { code: "ECONNREFUSED" }));
    const attempt = fetcher().fetch({ source: VPC });
    await expect(attempt).rejects.toMatchObject({ code: "unreachable" });
    await expect(attempt).rejects.toThrow("registry.terraform.io unreachable: connect ECONNREFUSED 10.0.0.1:443");
  });

  it("says when the registry fails", async () => {
    mockDiscovery();
    nock(REGISTRY).get(`/v1/modules/${VPC}/versions`).reply(503, "upstream connect error");
    await expect(fetcher().fetch({ source: VPC })).rejects.toThrow("registry.terraform.io answered 503 when listing versions of terraform-aws-modules/vpc/aws");
  });

  it("says when a host has no module registry", async () => {
    nock(REGISTRY).get("/.well-known/terraform.json").reply(200, { "providers.v1": "/v1/providers/" });
    await expect(fetcher().fetch({ source: VPC })).rejects.toThrow(
      "registry.terraform.io is not a module registry (no modules.v1 in https://registry.terraform.io/.well-known/terraform.json)",
    );
  });

  it("puts the module source in front of a GitHub failure behind a registry module", async () => {
    mockDiscovery();
    mockVersions(VPC, VERSIONS);
    mockDownload(VPC, "5.21.0", "git::https://github.com/terraform-aws-modules/terraform-aws-vpc?ref=v5.21.0");
    nock("https://codeload.github.com").get("/terraform-aws-modules/terraform-aws-vpc/tar.gz/v5.21.0").reply(404, "Not Found");
    const attempt = fetcher().fetch({ source: VPC });
    await expect(attempt).rejects.toBeInstanceOf(ModuleFetchFailure);
    await expect(attempt).rejects.toThrow(
      'module source terraform-aws-modules/vpc/aws: repository or ref "v5.21.0" not found, or no access (set GITHUB_TOKEN to a token that can read terraform-aws-modules/terraform-aws-vpc if it is private)',
    );
  });

  it("rejects a version constraint on a GitHub source, as terraform init does", async () => {
    await expect(fetcher().fetch({ source: "github.com/acme/modules//vpc?ref=v1.0.0", version: "~> 1.0" })).rejects.toThrow(
      "module source github.com/acme/modules//vpc?ref=v1.0.0: a version constraint applies only to registry modules; pin a git source with ?ref= instead",
    );
  });
});
