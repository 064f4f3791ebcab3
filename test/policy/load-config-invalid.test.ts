import { loadConfig } from "../../src/policy/load-config.js";
import { formatConfigErrors } from "../../src/policy/config-problem.js";

const FILE = ".github/costgate.yml";

/** A threshold with a valid head, so each case breaks exactly one thing. */
const threshold = (lines: string) => `thresholds:\n  - name: big\n${lines}`;
const block = (approvers: string) => threshold(`    monthly_increase_over: 500\n    action: block\n    approvers: ${approvers}\n`);

// [case, yaml, key path, line, fragment of the message the user reads]
const invalid: [string, string, string, number | null, string][] = [
  // Amounts and percentages
  ["a dollar sign in an amount", threshold("    monthly_increase_over: 500$\n"), "thresholds[0].monthly_increase_over", 3, 'expected a number of USD per month, 0 or more, got "500$"'],
  ["a quoted amount", threshold("    monthly_increase_over: \"500\"\n"), "thresholds[0].monthly_increase_over", 3, 'got "500" (remove the quotes)'],
  ["a negative amount", threshold("    monthly_increase_over: -5\n"), "thresholds[0].monthly_increase_over", 3, "0 or more, got -5"],
  ["a percent sign", threshold("    percent_increase_over: 25%\n"), "thresholds[0].percent_increase_over", 3, 'expected a percentage such as 25 (no % sign), 0 or more, got "25%"'],
  ["a list as a total", threshold("    monthly_total_over: [20000]\n"), "thresholds[0].monthly_total_over", 3, "expected a number of USD per month, 0 or more, got a list"],
  ["an empty amount", threshold("    monthly_increase_over:\n"), "thresholds[0].monthly_increase_over", 3, "got an empty value"],
  ["no condition at all", threshold("    action: warn\n"), "thresholds[0]", 2, "set at least one of monthly_increase_over, percent_increase_over or monthly_total_over"],
  // Names
  ["a threshold without a name", "thresholds:\n  - monthly_increase_over: 500\n", "thresholds[0].name", 2, "missing: expected a threshold name"],
  ["a name with spaces", "thresholds:\n  - name: large increase\n    monthly_increase_over: 1\n", "thresholds[0].name", 2, 'such as "large-increase", got "large increase"'],
  ["a name past 64 characters", `thresholds:\n  - name: ${"x".repeat(65)}\n    monthly_increase_over: 1\n`, "thresholds[0].name", 2, "expected a threshold name"],
  ["two thresholds with one name", "thresholds:\n  - name: big\n    monthly_increase_over: 1\n  - name: big\n    monthly_total_over: 2\n", "thresholds[1].name", 4, '"big" is also the name of thresholds[0]; threshold names must be unique'],
  ["the reserved name", "thresholds:\n  - name: unknown_costs\n    monthly_increase_over: 1\n", "thresholds[0].name", 2, '"unknown_costs" is reserved'],
  ["a threshold that is a string", "thresholds:\n  - big\n", "thresholds[0]", 2, 'expected a threshold mapping with a name and at least one condition, got "big"'],
  // Keys
  ["a misspelt condition", threshold("    montly_increase_over: 500\n"), "thresholds[0].montly_increase_over", 3, 'unknown key "montly_increase_over" (did you mean "monthly_increase_over"?)'],
  ["a misspelt top-level key", "threshold: []\n", "threshold", 1, 'unknown key "threshold" (did you mean "thresholds"?)'],
  ["an unknown key with nothing close", "budget: 500\n", "budget", 1, 'unknown key "budget"; the keys here are projects, thresholds, unknown_costs'],
  ["a misspelt comment key", "comment:\n  behaviour: update\n", "comment.behaviour", 2, 'unknown key "behaviour" (did you mean "behavior"?)'],
  // Actions and settings
  ["a misspelt action", threshold("    monthly_increase_over: 1\n    action: blok\n"), "thresholds[0].action", 4, 'expected warn or block, got "blok" (did you mean "block"?)'],
  ["a boolean action", threshold("    monthly_increase_over: 1\n    action: true\n"), "thresholds[0].action", 4, "expected warn or block, got true"],
  ["an unknown unknown_costs", "unknown_costs: fail\n", "unknown_costs", 1, 'expected one of ignore, warn, block, got "fail"'],
  ["yes for a boolean (YAML 1.2 reads a string)", "allow_author_approval: yes\n", "allow_author_approval", 1, 'expected true or false, got "yes"'],
  ["a misspelt approval scope", "approval_scope: commits\n", "approval_scope", 1, 'expected commit or amount, got "commits" (did you mean "commit"?)'],
  ["an unknown comment behavior", "comment:\n  behavior: replace\n", "comment.behavior", 2, 'expected one of update, new, hide-and-new, delete-and-new, got "replace"'],
  ["an unknown comment trigger", "comment: { when: on-change }\n", "comment.when", 1, 'expected one of always, changed, threshold, got "on-change"'],
  // Approvers
  ["a team written as a mention", block("{ teams: ['@acme/finops'] }"), "thresholds[0].approvers.teams[0]", 5, 'expected a team slug such as "finops" or "acme/finops" (without @), got "@acme/finops"'],
  ["a user written as a mention", block("{ users: ['@alice'] }"), "thresholds[0].approvers.users[0]", 5, 'expected a GitHub login such as "alice" (without @), got "@alice"'],
  ["a login with a double hyphen", block("{ users: [al--ice] }"), "thresholds[0].approvers.users[0]", 5, 'got "al--ice"'],
  ["zero approvals", block("{ users: [alice], count: 0 }"), "thresholds[0].approvers.count", 5, "expected a whole number of approvals, 1 or more, got 0"],
  ["half an approval", block("{ users: [alice, bob], count: 1.5 }"), "thresholds[0].approvers.count", 5, "got 1.5"],
  ["more approvals than users", block("{ users: [alice, bob], count: 3 }"), "thresholds[0].approvers.count", 5, "needs 3 approvals but lists only 2 distinct users and no team; lower count or add approvers"],
  ["the same user twice", block("{ users: [alice, Alice], count: 2 }"), "thresholds[0].approvers.count", 5, "lists only 1 distinct user and no team"],
  ["no team and no user", block("{ count: 1 }"), "thresholds[0].approvers", 5, "list at least one team under teams or one login under users"],
  ["a misspelt approvers key", block("{ team: [finops] }"), "thresholds[0].approvers.team", 5, 'unknown key "team" (did you mean "teams"?)'],
  ["approvers as a string", block("finops"), "thresholds[0].approvers", 5, 'expected a mapping with teams, users and count, got "finops"'],
  ["teams as a string", block("{ teams: finops }"), "thresholds[0].approvers.teams", 5, 'expected a list of team slugs, got "finops"'],
  // Globs
  ["an empty glob list", threshold("    monthly_increase_over: 1\n    projects: []\n"), "thresholds[0].projects", 4, "list at least one glob, or leave projects out to cover every project"],
  ["an empty glob", threshold("    monthly_increase_over: 1\n    projects: ['']\n"), "thresholds[0].projects[0]", 4, 'expected a glob over project names and paths, such as "prod" or "envs/prod/**", got ""'],
  // Structure
  ["a list for the whole file", "- thresholds\n", "", 1, "expected a mapping of Costgate settings"],
  ["thresholds as a mapping", "thresholds:\n  big: 500\n", "thresholds", 2, "expected a list of thresholds, got a mapping"],
  ["empty thresholds", "thresholds:\n", "thresholds", 1, "expected a list of thresholds, got an empty value"],
  // Projects
  ["a project without a path", "projects:\n  - name: prod\n", "projects[0].path", 2, "missing: expected a directory relative to the repository root"],
  ["an absolute project path", "projects:\n  - path: /envs/prod\n", "projects[0].path", 2, '(no leading "/", no ".."), got "/envs/prod"'],
  ["a project path leaving the repository", "projects:\n  - path: envs/../../other\n", "projects[0].path", 2, 'got "envs/../../other"'],
  ["var_files as a string", "projects:\n  - path: envs/prod\n    var_files: prod.tfvars\n", "projects[0].var_files", 3, 'expected a list of .tfvars files, got "prod.tfvars"'],
  ["a var file with a trailing slash", "projects:\n  - path: envs/prod\n    var_files: [envs/prod/]\n", "projects[0].var_files[0]", 3, "expected a .tfvars file relative to the repository root"],
  ["a usage file that is a number", "projects:\n  - path: envs/prod\n    usage_file: 5\n", "projects[0].usage_file", 3, "expected a usage file relative to the repository root, such as \"envs/prod\" (no leading \"/\", no \"..\"), got 5"],
  ["a project name on two lines", "projects:\n  - path: envs/prod\n    name: \"prod\\nstaging\"\n", "projects[0].name", 3, 'expected a project name on one line, got "prod\\nstaging"'],
  ["an empty workspace", "projects:\n  - path: envs/prod\n    workspace: ''\n", "projects[0].workspace", 3, 'expected a workspace name, got ""'],
  ["a misspelt project key", "projects:\n  - path: envs/prod\n    varfiles: [a.tfvars]\n", "projects[0].varfiles", 3, 'unknown key "varfiles" (did you mean "var_files"?)'],
  ["two projects with one name", "projects:\n  - path: envs/a\n    name: prod\n  - path: envs/b\n    name: prod\n", "projects[1].name", 5, '"prod" is also the name of projects[0]; give each project a unique name'],
  ["two unnamed projects on one path", "projects:\n  - path: envs/shared\n    var_files: [dev.tfvars]\n  - path: envs/shared\n    var_files: [prod.tfvars]\n", "projects[1]", 4, "shares path envs/shared with projects[0]; give each of them a distinct name"],
  // YAML itself
  ["a key written twice", "unknown_costs: warn\nthresholds: []\nthresholds: []\n", "", 3, 'invalid YAML: the key "thresholds" appears twice in the same mapping'],
  ["tabs for indentation", "thresholds:\n\t- name: big\n", "", 2, "invalid YAML: Tabs are not allowed as indentation"],
  ["two documents", "unknown_costs: warn\n---\nunknown_costs: block\n", "", 2, "the file holds more than one document"],
  ["an alias to nothing", "thresholds: *defaults\n", "", null, "invalid YAML: Unresolved alias"],
];

describe("loadConfig rejects invalid configs with the file, line, key and what was expected", () => {
  it.each(invalid)("%s", (_case, yaml, path, line, fragment) => {
    const result = loadConfig(yaml, FILE);
    expect(result.config).toBeNull();
    expect(result.input).toBeNull();
    const error = result.errors.find((e) => e.path === path);
    expect(error).toEqual({ file: FILE, line, path, message: expect.stringContaining(fragment) });
  });

  it("has enough cases to pin every user-facing message", () => {
    expect(invalid.length).toBeGreaterThanOrEqual(30);
  });

  it("reports every problem at once, in the order of the file, one per key", () => {
    const yaml = [
      "thresholds:",
      "  - name: big",
      "    monthly_increase_over: 500$",
      "    action: blok",
      "    approvers: { teams: ['@finops'], count: 0 }",
      "unknown_costs: maybe",
      "treshold: 1",
    ].join("\n");
    const { errors } = loadConfig(yaml, FILE);
    expect(errors.map((e) => [e.line, e.path])).toEqual([
      [3, "thresholds[0].monthly_increase_over"],
      [4, "thresholds[0].action"],
      [5, "thresholds[0].approvers.teams[0]"],
      [5, "thresholds[0].approvers.count"],
      [6, "unknown_costs"],
      [7, "treshold"],
    ]);
  });

  it("formats the errors for a failed check, naming the file", () => {
    const { errors } = loadConfig(threshold("    monthly_increase_over: 500$\n"), FILE);
    expect(formatConfigErrors(errors)).toBe(
      '[costgate] Invalid config in .github/costgate.yml:\n- .github/costgate.yml:3: thresholds[0].monthly_increase_over: expected a number of USD per month, 0 or more, got "500$"',
    );
  });

  it("never falls back to defaults when only a semantic rule fails", () => {
    const result = loadConfig(block("{ users: [alice], count: 2 }"), FILE);
    expect([result.config, result.errors.length]).toEqual([null, 1]);
  });
});
