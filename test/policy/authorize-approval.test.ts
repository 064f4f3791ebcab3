import { authorizeApproval, type Sender } from "../../src/policy/authorize-approval.js";
import { evaluateThresholds } from "../../src/policy/evaluate-thresholds.js";
import { teamsToCheck } from "../../src/policy/gates.js";
import type { UnknownCost } from "../../src/policy/unknown-costs.js";
import { config } from "./helpers/config.js";
import { diffOf, projectDiff } from "./helpers/diffs.js";
import { membership, ORG } from "./helpers/policy-run.js";

const TWO_GATES = `thresholds:
  - name: large-increase
    monthly_increase_over: 500
    action: block
    approvers: { teams: [finops], users: [alice] }
  - name: prod-total
    monthly_total_over: 1500
    action: block
    approvers: { users: [mallory] }
  - name: any-increase
    monthly_increase_over: 1
`;
const cfg = config(TWO_GATES);
const overBoth = evaluateThresholds(cfg, diffOf(projectDiff("prod", "1000", "1812")));
const user = (login: string, id = 1): Sender => ({ login, id, type: "User" });

const authorize = (sender: Sender, opts: { yaml?: string; past?: string; total?: string; prAuthor?: string; unknowns?: UnknownCost[] } = {}) => {
  const c = opts.yaml ? config(opts.yaml) : cfg;
  const hits = evaluateThresholds(c, diffOf(projectDiff("prod", opts.past ?? "1000", opts.total ?? "1812")));
  return authorizeApproval({ config: c, org: ORG, sender, prAuthor: opts.prAuthor ?? "dave", hits, unknowns: opts.unknowns ?? [], teamMembership: membership(sender.login) });
};

describe("authorizeApproval", () => {
  it("accepts a member of a listed team for the thresholds that team approves", () => {
    expect(authorize(user("bob"))).toEqual({ ok: true, covers: ["large-increase"], notCovered: ["prod-total"] });
  });

  it("accepts a listed user whatever the case of the login", () => {
    expect(authorize(user("Alice"))).toEqual({ ok: true, covers: ["large-increase"], notCovered: ["prod-total"] });
  });

  it("asks about org-qualified teams as written and bare slugs in the repository's organization", () => {
    const asked: string[] = [];
    const yaml = "thresholds:\n  - { name: t, monthly_increase_over: 1, action: block, approvers: { teams: [finops, platform/sre] } }\n";
    const hits = evaluateThresholds(config(yaml), diffOf(projectDiff("prod", "1", "5")));
    const teamMembership = (team: string) => (asked.push(team), team === "platform/sre");
    expect(authorizeApproval({ config: config(yaml), org: ORG, sender: user("erin"), prAuthor: "dave", hits, teamMembership })).toEqual({ ok: true, covers: ["t"], notCovered: [] });
    expect(asked).toEqual(["acme/finops", "platform/sre"]);
    expect(teamsToCheck({ config: config(yaml), hits, org: ORG })).toEqual(["acme/finops", "platform/sre"]);
  });

  // [case, sender, options, reason]
  const refused: [string, Sender, Parameters<typeof authorize>[1], string][] = [
    ["someone in no approver list", user("mallory-two"), {}, "not in any approver list for large-increase (needs @acme/finops or @alice) or prod-total (needs @mallory)"],
    ["the author", user("alice"), { prAuthor: "alice" }, "you are the pull request's author and allow_author_approval is false"],
    ["the author, whatever the case", user("alice"), { prAuthor: "ALICE" }, "you are the pull request's author and allow_author_approval is false"],
    ["a bot", { login: "renovate[bot]", id: 2, type: "Bot" }, {}, "only people can approve spending; renovate[bot] is a bot"],
    ["a bot login posing as a user", user("alice[bot]"), {}, "only people can approve spending; alice[bot] is a bot"],
    ["an organization", { login: "acme", id: 3, type: "Organization" }, {}, "only people can approve spending; acme is an organization"],
    ["anyone when nothing is over", user("alice"), { total: "1100" }, "nothing to approve: no block threshold is hit"],
    ["anyone when only a warning is hit", user("alice"), { yaml: "thresholds:\n  - { name: w, monthly_increase_over: 1 }\n" }, "nothing to approve: no block threshold is hit"],
    [
      "anyone when the block has no approvers",
      user("alice"),
      { yaml: "thresholds:\n  - { name: hard-cap, monthly_increase_over: 1, action: block }\n" },
      "hard-cap lists no approvers, so it cannot be approved; lower the cost or change the config on the base branch",
    ],
  ];

  it.each(refused)("refuses %s", (_case, sender, opts, reason) => {
    expect(authorize(sender, opts)).toEqual({ ok: false, reason });
  });

  it("lets the author approve when the config allows it and they are an approver", () => {
    const yaml = `${TWO_GATES}allow_author_approval: true\n`;
    expect(authorize(user("alice"), { yaml, prAuthor: "alice" })).toEqual({ ok: true, covers: ["large-increase"], notCovered: ["prod-total"] });
    expect(authorize(user("dave"), { yaml, prAuthor: "dave" })).toMatchObject({ ok: false, reason: expect.stringContaining("not in any approver list") });
  });

  it("lets anyone who may approve a block threshold approve unpriced resources", () => {
    const unknowns: UnknownCost[] = [{ project: "prod", address: "aws_foo_bar.x", status: "unsupported", reason: "aws_foo_bar is not priced by Costgate yet" }];
    const yaml = `${TWO_GATES}unknown_costs: block\n`;
    expect(authorize(user("mallory"), { yaml, total: "1001", unknowns })).toEqual({ ok: true, covers: ["unknown_costs"], notCovered: [] });
    expect(authorize(user("bob"), { yaml, unknowns })).toEqual({ ok: true, covers: ["large-increase", "unknown_costs"], notCovered: ["prod-total"] });
  });

  it("reads hits from evaluateThresholds, covering only block thresholds", () => {
    expect(overBoth.map((h) => [h.threshold, h.action])).toEqual([
      ["large-increase", "block"],
      ["prod-total", "block"],
      ["any-increase", "warn"],
    ]);
  });
});
