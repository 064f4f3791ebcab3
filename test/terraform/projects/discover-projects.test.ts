import { affectedProjects } from "../../../src/terraform/projects/affected-projects.js";
import { discoverProjects } from "../../../src/terraform/projects/discover-projects.js";
import { memoryTree } from "../memory-tree.js";
import { MONOREPO } from "./monorepo.js";

describe("discoverProjects", () => {
  it("finds the root modules: directories with a backend, provider, resources or module calls that nothing calls", async () => {
    const { projects, diagnostics } = await discoverProjects(memoryTree(MONOREPO));
    expect(diagnostics).toEqual([]);
    // modules/app and modules/db are called; modules/vpc is called by no one, so it is a root too,
    // exactly as `terraform plan` could be run there. .terraform/ is never read.
    expect(projects.map((p) => [p.name, p.path, p.workspace])).toEqual([
      ["envs/prod", "envs/prod", "default"],
      ["envs/staging", "envs/staging", "default"],
      ["examples/simple", "examples/simple", "default"],
      ["modules/vpc", "modules/vpc", "default"],
    ]);
  });

  it("uses the projects the configuration lists instead, several on one path with their own var files", async () => {
    const { projects } = await discoverProjects(memoryTree(MONOREPO), [
      { path: "envs/prod", name: "prod", var_files: ["envs/prod/prod.tfvars"], usage_file: "envs/prod/usage.yml" },
      { path: "./envs/prod/", name: "prod-us-west-2", var_files: ["config/shared.tfvars"], workspace: "west" },
    ]);
    expect(projects).toEqual([
      { name: "prod", path: "envs/prod", varFiles: ["envs/prod/prod.tfvars"], vars: {}, workspace: "default", usageFile: "envs/prod/usage.yml" },
      { name: "prod-us-west-2", path: "envs/prod", varFiles: ["config/shared.tfvars"], vars: {}, workspace: "west", usageFile: undefined },
    ]);
  });
});

describe("affectedProjects", () => {
  async function affectedBy(changed: string[], configured?: Parameters<typeof discoverProjects>[1]) {
    const { projects, graph } = await discoverProjects(memoryTree(MONOREPO), configured);
    return affectedProjects(projects, changed, graph).map((p) => p.name);
  }

  it("maps a change in a module to every project that uses it, at any depth", async () => {
    expect(await affectedBy(["modules/db/main.tf"])).toEqual(["envs/prod", "envs/staging", "examples/simple"]);
  });

  it("counts any file a module may read (templates beside the code), not only .tf", async () => {
    expect(await affectedBy(["modules/app/templates/user-data.sh"])).toEqual(["envs/prod", "envs/staging", "examples/simple"]);
  });

  it("maps a project's own files, tfvars included, to that project only", async () => {
    expect(await affectedBy(["envs/prod/prod.tfvars"])).toEqual(["envs/prod"]);
  });

  it("ignores documentation and the .github directory", async () => {
    expect(await affectedBy(["README.md", "docs/runbook.md", ".github/costgate.yml", "envs/prod/README.md"])).toEqual([]);
  });

  it("follows a project's var files and usage file wherever they live", async () => {
    const configured = [
      { path: "envs/prod", name: "prod", usage_file: "envs/prod/usage.yml" },
      { path: "envs/prod", name: "prod-us-west-2", var_files: ["config/shared.tfvars"] },
    ];
    expect(await affectedBy(["config/shared.tfvars"], configured)).toEqual(["prod-us-west-2"]);
    expect(await affectedBy(["envs/prod/usage.yml"], configured)).toEqual(["prod", "prod-us-west-2"]);
  });

  it("gives a project at the repository root the files no other project owns", async () => {
    const tree = { "main.tf": 'provider "aws" {}\n', "policies/bucket.json": "{}", "envs/dev/main.tf": 'provider "aws" {}\n' };
    const { projects, graph } = await discoverProjects(memoryTree(tree));
    expect(projects.map((p) => p.path)).toEqual([".", "envs/dev"]);
    expect(affectedProjects(projects, ["policies/bucket.json"], graph).map((p) => p.path)).toEqual(["."]);
    expect(affectedProjects(projects, ["envs/dev/main.tf"], graph).map((p) => p.path)).toEqual(["envs/dev"]);
  });
});
