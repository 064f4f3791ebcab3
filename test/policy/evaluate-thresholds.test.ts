import type { Diff } from "../../src/estimate/breakdown-types.js";
import { evaluateThresholds } from "../../src/policy/evaluate-thresholds.js";
import { config } from "./helpers/config.js";
import { diffOf, projectDiff } from "./helpers/diffs.js";

/** Hits as [threshold, scope, increase, percent, total, reason] for compact tables. */
const hits = (yaml: string, diff: Diff) =>
  evaluateThresholds(config(yaml), diff).map((h) => [h.threshold, h.scope, h.increase.toString(), h.percent?.toFixed(2) ?? "new", h.total.toString(), h.reason]);

const over = (condition: string, value: number) => `thresholds:\n  - name: t\n    ${condition}: ${value}\n`;

describe("evaluateThresholds: the conditions", () => {
  // [case, condition, limit, past, total, expected reason or null for no hit]
  const cases: [string, string, number, string, string, string | null][] = [
    ["an increase equal to the limit", "monthly_increase_over", 500, "1000", "1500", null],
    ["an increase a cent over the limit", "monthly_increase_over", 500, "1000.10", "1500.11", "+$500.01/mo is over +$500/mo"],
    ["an increase of $812", "monthly_increase_over", 500, "1000", "1812", "+$812/mo is over +$500/mo"],
    ["a percentage equal to the limit", "percent_increase_over", 25, "1000", "1250", null],
    ["a percentage just over the limit", "percent_increase_over", 25, "1000", "1251", "+25.1% is over +25%"],
    ["a new total over the limit", "monthly_total_over", 20000, "19500", "20500", "the new total $20,500/mo is over $20,000/mo"],
    ["a new total equal to the limit", "monthly_total_over", 20000, "19500", "20000", null],
    ["a decrease in a project already over the total", "monthly_total_over", 20000, "25000", "24000", null],
    ["no change in a project over the total", "monthly_total_over", 20000, "25000", "25000", null],
    ["a decrease", "monthly_increase_over", 0, "1000", "10", null],
    ["any increase over a zero limit", "monthly_increase_over", 0, "1000", "1000.01", "+$0.01/mo is over $0/mo"],
  ];

  it.each(cases)("%s", (_case, condition, limit, past, total, reason) => {
    const found = hits(over(condition, limit), diffOf(projectDiff("prod", past, total)));
    expect(found.map((h) => h[5])).toEqual(reason === null ? [] : [reason]);
  });

  it("counts a project new from $0 as an infinite percentage", () => {
    const found = evaluateThresholds(config(over("percent_increase_over", 1000)), diffOf(projectDiff("prod", null, "12")));
    expect(found.map((h) => [h.scope, h.percent, h.past.toString(), h.reason])).toEqual([["prod", null, "0", "new from $0, so over +1000%"]]);
  });

  it("lists every condition a scope breaks, in config order, and carries the action", () => {
    const yaml = "thresholds:\n  - name: big\n    monthly_total_over: 1500\n    monthly_increase_over: 500\n    percent_increase_over: 25\n    action: block\n    approvers: { users: [alice] }\n";
    const [hit] = evaluateThresholds(config(yaml), diffOf(projectDiff("prod", "1000", "1812")));
    expect([hit!.action, hit!.conditions, hit!.percent!.toString(), hit!.reason]).toEqual([
      "block",
      ["monthly_increase_over", "percent_increase_over", "monthly_total_over"],
      "81.2",
      "+$812/mo is over +$500/mo; +81.2% is over +25%; the new total $1,812/mo is over $1,500/mo",
    ]);
  });

  it("never lets a project deleted at head hit", () => {
    expect(hits(over("monthly_increase_over", 0), diffOf(projectDiff("old", "500", null)))).toEqual([]);
  });
});

describe("evaluateThresholds: projects and the overall totals", () => {
  const three = () => diffOf(projectDiff("prod", "1000", "1812"), projectDiff("staging", "400", "460", { path: "envs/staging" }), projectDiff("shared-dev", "100", "90", { path: "envs/shared" }));

  it("selects projects by name or by path glob", () => {
    const yaml = "thresholds:\n  - name: t\n    monthly_increase_over: 10\n    projects: [prod, 'envs/staging/**', 'shared-*']\n";
    expect(hits(yaml, three()).map((h) => h[1])).toEqual(["prod", "staging"]);
  });

  it("leaves out projects no glob selects, and never judges the overall totals of a globbed threshold", () => {
    const yaml = "thresholds:\n  - name: t\n    monthly_increase_over: 10\n    projects: ['envs/staging']\n";
    expect(hits(yaml, three()).map((h) => [h[0], h[1], h[2]])).toEqual([["t", "staging", "60"]]);
  });

  it("judges one increasing project once, not again as the overall total", () => {
    const diff = diffOf(projectDiff("prod", "1000", "1812"), projectDiff("staging", "400", "100"));
    expect(hits(over("monthly_increase_over", 500), diff)).toEqual([["t", "prod", "812", "81.20", "1812", "+$812/mo is over +$500/mo"]]);
  });

  it("catches an increase spread across projects, each under the limit, in the overall totals", () => {
    const diff = diffOf(projectDiff("prod", "1000", "1300"), projectDiff("staging", "400", "700"));
    expect(hits(over("monthly_increase_over", 500), diff)).toEqual([["t", "overall", "600", "42.86", "2000", "+$600/mo is over +$500/mo"]]);
  });

  it("reports a project and the overall totals when several projects increase and both are over", () => {
    const diff = diffOf(projectDiff("prod", "1000", "1812"), projectDiff("staging", "400", "410"));
    expect(hits(over("monthly_increase_over", 500), diff).map((h) => [h[1], h[2]])).toEqual([
      ["prod", "812"],
      ["overall", "822"],
    ]);
  });

  it("evaluates thresholds in config order, projects in diff order", () => {
    const yaml = "thresholds:\n  - name: b\n    monthly_increase_over: 1\n  - name: a\n    percent_increase_over: 1\n";
    const diff = diffOf(projectDiff("z", "10", "20"), projectDiff("a", "0", "0"));
    expect(hits(yaml, diff).map((h) => [h[0], h[1]])).toEqual([
      ["b", "z"],
      ["a", "z"],
    ]);
  });
});
