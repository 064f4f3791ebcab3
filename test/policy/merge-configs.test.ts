import { readFileSync } from "node:fs";
import { loadConfig } from "../../src/policy/load-config.js";
import { mergeConfigs } from "../../src/policy/merge-configs.js";

const load = (name: string) => {
  const loaded = loadConfig(readFileSync(new URL(`../../fixtures/config/${name}`, import.meta.url), "utf8"), name);
  expect(loaded.errors).toEqual([]);
  return loaded.input!;
};

describe("mergeConfigs puts a repository's config over its organization's defaults", () => {
  const org = load("org-defaults.yml");
  const repo = load("repo-extends.yml");
  const merged = mergeConfigs(org, repo);

  it("merges thresholds by name: the repository's replaces the org's in place, new ones follow", () => {
    expect(merged.thresholds.map((t) => [t.name, t.monthly_increase_over ?? t.percent_increase_over ?? t.monthly_total_over, t.approvers])).toEqual([
      ["org-guardrail", 5000, { teams: ["platform"], users: ["carol"], count: 1 }],
      ["new-spend", 50, undefined],
      ["prod-total", 30000, { teams: [], users: ["carol", "dave"], count: 2 }],
    ]);
  });

  it("takes the repository's settings where it sets them, and the org's where it does not (not the defaults)", () => {
    expect(merged.unknown_costs).toBe("warn");
    expect(merged.approval_scope).toBe("commit");
    expect(merged.comment).toEqual({ behavior: "hide-and-new", when: "threshold" });
    expect(merged.allow_author_approval).toBe(false);
    expect("_extends" in merged).toBe(false);
  });

  it("uses the repository's project list when it has one, never a concatenation", () => {
    const withProjects = mergeConfigs({ projects: [{ path: "org/a" }] }, { projects: [{ path: "envs/prod", name: "prod" }] });
    expect(withProjects.projects).toEqual([{ path: "envs/prod", name: "prod", var_files: [], workspace: "default" }]);
    expect(mergeConfigs({ projects: [{ path: "envs/x" }] }, {}).projects).toEqual([{ path: "envs/x", var_files: [], workspace: "default" }]);
  });

  it("gives the org's config, with defaults, when the repository has none", () => {
    const alone = mergeConfigs(org, {});
    expect([alone.thresholds.map((t) => t.name), alone.unknown_costs, alone.comment]).toEqual([["org-guardrail", "new-spend"], "block", { behavior: "hide-and-new", when: "changed" }]);
  });
});
