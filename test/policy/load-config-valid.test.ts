import { readFileSync } from "node:fs";
import { projectsFromConfig } from "../../src/policy/config-projects.js";
import { loadConfig } from "../../src/policy/load-config.js";

const FILE = ".github/costgate.yml";
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/config/${name}`, import.meta.url), "utf8");

const DEFAULTS = { thresholds: [], unknown_costs: "warn", allow_author_approval: false, approval_scope: "amount", comment: { behavior: "update", when: "always" } };

describe("loadConfig accepts valid configs and fills in the defaults", () => {
  it.each([
    ["an empty file", ""],
    ["a file of comments", "# costgate: defaults for now\n"],
    ["an explicit null document", "~\n"],
  ])("reads %s as the defaults", (_case, yaml) => {
    expect(loadConfig(yaml, FILE)).toEqual({ config: DEFAULTS, input: {}, errors: [], warnings: [] });
  });

  it("reads the monorepo example with every key set", () => {
    const result = loadConfig(fixture("full.yml"), FILE);
    expect([result.errors, result.warnings]).toEqual([[], []]);
    expect(result.config!.thresholds).toEqual([
      {
        name: "large-increase",
        monthly_increase_over: 500,
        percent_increase_over: 25,
        monthly_total_over: 20000,
        projects: ["prod", "shared-prod"],
        action: "block",
        approvers: { teams: ["finops"], users: ["alice"], count: 1 },
      },
      { name: "any-increase", monthly_increase_over: 100, action: "warn" },
    ]);
    expect(result.config!.projects![2]).toEqual({ path: "envs/shared", name: "shared-dev", var_files: ["envs/shared/dev.tfvars"], workspace: "dev" });
  });

  it("fills the defaults of a minimal gate", () => {
    const result = loadConfig(fixture("minimal.yml"), FILE);
    expect(result.config).toEqual({
      ...DEFAULTS,
      thresholds: [{ name: "budget", monthly_increase_over: 1000, action: "block", approvers: { teams: ["finops"], users: [], count: 1 } }],
    });
    expect(result.input).toEqual({ thresholds: [{ name: "budget", monthly_increase_over: 1000, action: "block", approvers: { teams: ["finops"] } }] });
  });

  it("defaults a threshold to warn, and a project to the default workspace and no var files", () => {
    const result = loadConfig("projects:\n  - path: .\nthresholds:\n  - name: t\n    percent_increase_over: 0\n", FILE);
    expect(result.config!.thresholds[0]!.action).toBe("warn");
    expect(result.config!.projects).toEqual([{ path: ".", var_files: [], workspace: "default" }]);
  });

  it("accepts YAML anchors, flow style, org-qualified teams and hyphenated logins", () => {
    const valid = "thresholds:\n  - { name: a, monthly_increase_over: 10.5, action: block, approvers: &f { teams: [acme/fin-ops, platform_team], users: [a-lice] } }\n  - { name: b, monthly_total_over: 1e4, action: block, approvers: *f }\n";
    const result = loadConfig(valid, FILE);
    expect(result.errors).toEqual([]);
    expect(result.config!.thresholds.map((t) => [t.name, t.monthly_increase_over ?? t.monthly_total_over, t.approvers!.teams])).toEqual([
      ["a", 10.5, ["acme/fin-ops", "platform_team"]],
      ["b", 10000, ["acme/fin-ops", "platform_team"]],
    ]);
  });

  it("turns configured projects into the project layer's projects, and no list into discovery", () => {
    const projects = projectsFromConfig(loadConfig(fixture("full.yml"), FILE).config!);
    expect(projects!.map((p) => [p.name, p.path, p.varFiles, p.workspace, p.usageFile])).toEqual([
      ["prod", "envs/prod", ["envs/prod/prod.tfvars"], "default", "envs/prod/usage.yml"],
      ["staging", "envs/staging", ["envs/staging/staging.tfvars"], "default", undefined],
      ["shared-dev", "envs/shared", ["envs/shared/dev.tfvars"], "dev", undefined],
      ["shared-prod", "envs/shared", ["envs/shared/prod.tfvars"], "prod", undefined],
    ]);
    expect(projectsFromConfig(loadConfig("", FILE).config!)).toBeNull();
  });
});

const approvers = "    approvers: { users: [alice] }\n";
// [case, yaml, key path, line, fragment]: configs that work, but probably not as meant.
const warnings: [string, string, string, number, string][] = [
  [
    "a block nobody can approve",
    "thresholds:\n  - name: big\n    monthly_increase_over: 1\n    action: block\n",
    "thresholds[0].action",
    4,
    "big blocks but lists no approvers, so a pull request over it can never be approved; add approvers or use action: warn",
  ],
  ["approvers on a warning", `thresholds:\n  - name: big\n    monthly_increase_over: 1\n${approvers}`, "thresholds[0].approvers", 4, "approvers are only used when action is block; big only warns"],
  [
    "a glob that selects no configured project",
    "projects:\n  - { path: envs/prod, name: prod }\nthresholds:\n  - name: big\n    monthly_increase_over: 1\n    projects: [prod, prd]\n",
    "thresholds[0].projects[1]",
    6,
    '"prd" matches none of the projects listed under projects (prod)',
  ],
  [
    "unpriced resources that block with no approver anywhere",
    "unknown_costs: block\nthresholds:\n  - name: big\n    monthly_increase_over: 1\n",
    "unknown_costs",
    1,
    "blocks on unpriced resources, but no block threshold lists approvers",
  ],
];

describe("loadConfig warns about configs that work but not as meant", () => {
  it.each(warnings)("%s", (_case, yaml, path, line, fragment) => {
    const result = loadConfig(yaml, FILE);
    expect(result.errors).toEqual([]);
    expect(result.config).not.toBeNull();
    expect(result.warnings).toEqual([{ file: FILE, line, path, message: expect.stringContaining(fragment) }]);
  });
});
