import { decideVerdict } from "../../src/policy/decide-verdict.js";
import { evaluateThresholds } from "../../src/policy/evaluate-thresholds.js";
import type { UnknownCost } from "../../src/policy/unknown-costs.js";
import { config } from "./helpers/config.js";
import { diffOf, projectDiff } from "./helpers/diffs.js";
import { ORG, pullRequest, SHA_A } from "./helpers/policy-run.js";

const LARGE = `thresholds:
  - name: large-increase
    monthly_increase_over: 500
    action: block
    approvers: { teams: [finops], users: [alice], count: 1 }
`;
const prod = (past: string, total: string) => diffOf(projectDiff("prod", past, total));

const decide = (yaml: string, diff = prod("1000", "1812"), unknowns: UnknownCost[] = []) => pullRequest(config(yaml), diff, SHA_A, unknowns).decide();

describe("decideVerdict: titles and conclusions", () => {
  // [case, config, past, total, conclusion, title]
  const cases: [string, string, string, string, string, string][] = [
    ["over a block threshold", LARGE, "1000", "1812", "failure", "Blocked: +$812/mo exceeds large-increase (+$500). Needs 1 approval from @acme/finops or @alice"],
    ["within budget", LARGE, "1000", "1012", "success", "+$12/mo, within budget"],
    ["a saving", LARGE, "1000", "960", "success", "-$40/mo, within budget"],
    ["no change", LARGE, "1000", "1000", "success", "$0/mo, within budget"],
    ["over a warn threshold", LARGE.replace("block", "warn"), "1000", "1812", "success", "Warning: +$812/mo exceeds large-increase (+$500)"],
    [
      "a percentage limit",
      "thresholds:\n  - { name: growth, percent_increase_over: 25, action: block, approvers: { users: [alice, bob], count: 2 } }\n",
      "1000",
      "1812",
      "failure",
      "Blocked: +$812/mo (+81.2%) exceeds growth (+25%). Needs 2 approvals from @alice or @bob",
    ],
    [
      "a total limit",
      "thresholds:\n  - { name: budget, monthly_total_over: 20000, action: block, approvers: { teams: [platform/finops] } }\n",
      "19500",
      "20500.5",
      "failure",
      "Blocked: +$1,000.50/mo exceeds budget (total $20,500.50/mo over $20,000). Needs 1 approval from @platform/finops",
    ],
    ["a block nobody may approve", "thresholds:\n  - { name: hard-cap, monthly_increase_over: 500, action: block }\n", "1000", "1812", "failure", "Blocked: +$812/mo exceeds hard-cap (+$500). No approvers are configured"],
  ];

  it.each(cases)("%s", (_case, yaml, past, total, conclusion, title) => {
    const verdict = decide(yaml, prod(past, total));
    expect([verdict.conclusion, verdict.title]).toEqual([conclusion, title]);
  });

  it("says what is needed, from whom, in the summary and as data", () => {
    const verdict = decide(LARGE);
    expect(verdict.needs).toEqual({ approvals: 1, from: "@acme/finops or @alice" });
    expect(verdict.blocking.map((g) => g.threshold)).toEqual(["large-increase"]);
    expect(verdict.summary).toEqual(["**Blocked** by large-increase: +$812/mo is over +$500/mo. Needs 1 approval from @acme/finops or @alice."]);
  });

  it("marks a project new from $0 as new in the title", () => {
    const verdict = decide("thresholds:\n  - { name: growth, percent_increase_over: 25 }\n", prod("0", "75"));
    expect(verdict.title).toBe("Warning: +$75/mo (new) exceeds growth (+25%)");
  });

  it("names the scope and counts the other blocks when a change spans projects", () => {
    const yaml = `${LARGE}  - { name: staging-cap, monthly_increase_over: 50, projects: [staging], action: block, approvers: { users: [alice] } }\n`;
    const diff = diffOf(projectDiff("prod", "1000", "1812"), projectDiff("staging", "100", "200"));
    const verdict = decide(yaml, diff);
    expect(verdict.title).toBe("Blocked: prod +$812/mo exceeds large-increase (+$500) and 1 more. Needs 1 approval from @acme/finops or @alice");
    expect(verdict.summary[0]).toBe("**Blocked** by large-increase: prod: +$812/mo is over +$500/mo; overall: +$912/mo is over +$500/mo. Needs 1 approval from @acme/finops or @alice.");
  });

  it("lists unpriced resources as a warning, a block or nothing, as unknown_costs says", () => {
    const unknowns: UnknownCost[] = [
      { project: "prod", address: "aws_instance.app", status: "unknown", reason: "instance_type is unknown: var.size has no value" },
      { project: "prod", address: "aws_foo_bar.x", status: "unsupported", reason: "aws_foo_bar is not priced by Costgate yet" },
    ];
    const within = prod("1000", "1012");
    expect(decide(`${LARGE}unknown_costs: ignore\n`, within, unknowns).title).toBe("+$12/mo, within budget");
    const warned = decide(`${LARGE}unknown_costs: warn\n`, within, unknowns);
    expect([warned.conclusion, warned.title]).toEqual(["success", "Warning: 2 changed resources could not be priced"]);
    expect(warned.warnings).toEqual([
      "**Warning**: 2 changed resources could not be priced: `aws_instance.app` (instance_type is unknown: var.size has no value), `aws_foo_bar.x` (aws_foo_bar is not priced by Costgate yet).",
    ]);
    const blocked = decide(`${LARGE}unknown_costs: block\n`, within, unknowns);
    expect([blocked.conclusion, blocked.title]).toEqual(["failure", "Blocked: 2 changed resources could not be priced. Needs 1 approval from @acme/finops or @alice"]);
  });

  it("reports an unreadable approval log as a warning", () => {
    const diff = prod("1000", "1812");
    const cfg = config(LARGE);
    const problem = "The approval log in Costgate's comment could not be read (its signature does not match); earlier approvals are not counted and must be given again.";
    const verdict = decideVerdict({ config: cfg, diff, hits: evaluateThresholds(cfg, diff), unknowns: [], approvals: [], approvalLogProblem: problem, headSha: SHA_A, org: ORG });
    expect([verdict.conclusion, verdict.warnings]).toEqual(["failure", [`**Warning**: ${problem}`]]);
  });

  it("says whether the outcome changed since the previous verdict", () => {
    const cfg = config(LARGE);
    const diff = prod("1000", "1812");
    const params = { config: cfg, diff, hits: evaluateThresholds(cfg, diff), unknowns: [], approvals: [], headSha: SHA_A, org: ORG };
    const first = decideVerdict(params);
    expect(first.changed).toBe(true);
    expect(decideVerdict({ ...params, previousVerdict: first }).changed).toBe(false);
    expect(decideVerdict({ ...params, previousVerdict: { conclusion: "success", title: "+$12/mo, within budget" } }).changed).toBe(true);
  });
});
