import type { Diff, ResourceChange } from "../../src/estimate/breakdown-types.js";
import { diffProjects } from "../../src/estimate/diff.js";
import { estimateProject } from "../../src/estimate/estimate-project.js";
import { CHECK_OUTPUT_MAX_CHARACTERS, fitsCommentLimits } from "../../src/github/index.js";
import { decideVerdict, evaluateThresholds, formatApprovalLog, loadConfig, parseApprovalLog, type ApprovalRecord } from "../../src/policy/index.js";
import { costAnnotations, MAX_ANNOTATIONS } from "../../src/report/cost-annotations.js";
import { renderFittedComment } from "../../src/report/fit-comment.js";
import { buildGateView } from "../../src/report/gate-view.js";
import { buildReportView } from "../../src/report/view-model.js";
import { dec, sum, ZERO } from "../../src/shared/decimal.js";
import { instance } from "../helpers/instances.js";
import { priceTable, US_EAST_1 } from "../helpers/price-table.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const config = loadConfig("thresholds:\n  - { name: large-increase, monthly_increase_over: 500, action: block, approvers: { teams: [finops] } }\n", ".github/costgate.yml").config!;

function approval(i: number): ApprovalRecord {
  return {
    kind: "approval", approver: `approver-${i}`, approverId: 1000 + i, at: "2026-05-04T11:40:12Z", headSha: SHA, approvedIncrease: "98304",
    scopes: [{ scope: "prod", increase: "98304" }], thresholds: ["large-increase"], reason: `reason ${i} `.repeat(20).trim(), via: "comment", commentId: 5000 + i,
  };
}

describe("the comment with a verdict and an approval log", () => {
  it("on a huge change keeps the verdict at the top and the signed log whole at the end, within both GitHub limits", async () => {
    const prices = priceTable(US_EAST_1);
    const project = { name: "prod", path: "envs/prod" };
    const fleet = Array.from({ length: 3000 }, (_, i) => instance(`aws_instance.fleet[${i}]`, { instance_type: "t3.medium", root_block_device: [{ volume_type: "gp3", volume_size: 30 }] }));
    const diff = diffProjects([{ ...project, past: await estimateProject({ project, instances: [], prices }), current: await estimateProject({ project, instances: fleet, prices }) }]);
    const hits = evaluateThresholds(config, diff);
    const records = Array.from({ length: 40 }, (_, i) => approval(i));
    const verdict = decideVerdict({ config, diff, hits, unknowns: [], approvals: records, headSha: SHA, org: "acme" });
    const log = formatApprovalLog(records, { signingKey: "k" });

    const body = renderFittedComment(buildReportView({ diff, headSha: SHA }), { gate: buildGateView({ verdict, gated: true }), approvalLog: log, marker: "<!-- costgate:comment head=x -->" });

    expect(fitsCommentLimits(body)).toBe(true);
    expect(body.length).toBeLessThanOrEqual(CHECK_OUTPUT_MAX_CHARACTERS);
    expect(body).toMatch(/_Cost details of \d+ resources are left out to fit GitHub's comment limit; the check run lists them all._/);
    expect(body.split("\n").slice(0, 5)).toEqual([
      "<!-- costgate:comment head=x -->",
      "### Costgate: Monthly cost will increase by $98,304.00",
      "",
      "> [!NOTE]",
      expect.stringMatching(/^> \*\*Approved by @approver-0, @approver-1, /),
    ]);
    expect(body.endsWith(`${log}\n`)).toBe(true);
    expect(parseApprovalLog(body, { signingKey: "k" }).records).toHaveLength(40);
  });

  it("says nothing about a budget when no threshold is configured and nothing is hit", () => {
    const verdict = decideVerdict({ config: { ...config, thresholds: [] }, diff: { projects: [], diffTotalMonthlyCost: ZERO }, hits: [], unknowns: [], approvals: [], headSha: SHA, org: "acme" });
    expect(buildGateView({ verdict, gated: false })).toBeNull();
  });
});

describe("annotations on the lines that drive an increase", () => {
  const change = (address: string, file: string, line: number, delta: string, kind: ResourceChange["change"] = "added"): ResourceChange => ({
    address, type: "aws_instance", change: kind, pastMonthlyCost: null, monthlyCost: dec(delta), diffMonthlyCost: dec(delta), file, line, status: "priced",
  });
  const diffOf = (projects: { name: string; changes: ResourceChange[] }[]): Diff => {
    const full = projects.map((p) => {
      const increase = sum(p.changes.map((c) => c.diffMonthlyCost));
      return { name: p.name, path: `envs/${p.name}`, past: null, current: null, pastTotalMonthlyCost: ZERO, totalMonthlyCost: increase, diffTotalMonthlyCost: increase, changes: p.changes };
    });
    const total = sum(full.map((p) => p.totalMonthlyCost));
    return { projects: full, pastTotalMonthlyCost: ZERO, totalMonthlyCost: total, diffTotalMonthlyCost: total };
  };
  const cfg = (yaml: string) => loadConfig(yaml, ".github/costgate.yml").config!;

  it("at most 50, largest increase first, one per line, only in projects over a threshold, never for removals or savings", () => {
    const prodChanges = [
      ...Array.from({ length: 60 }, (_, i) => change(`aws_instance.a${i}`, "envs/prod/main.tf", i + 1, String(10 + i))),
      change("module.web.aws_instance.web[0]", "modules/web/main.tf", 7, "100"),
      change("module.web.aws_instance.web[1]", "modules/web/main.tf", 7, "100"),
      change("aws_instance.old", "envs/prod/old.tf", 3, "-50", "removed"),
      change("aws_instance.smaller", "envs/prod/main.tf", 99, "-20", "changed"),
    ];
    const diff = diffOf([{ name: "prod", changes: prodChanges }, { name: "dev", changes: [change("aws_instance.dev", "envs/dev/main.tf", 1, "5")] }]);
    const hits = evaluateThresholds(cfg("thresholds:\n  - { name: prod-cap, monthly_increase_over: 100, projects: [prod] }\n"), diff);

    const annotations = costAnnotations({ diff, hits, blocked: false });

    expect(annotations).toHaveLength(MAX_ANNOTATIONS);
    expect(annotations[0]).toEqual({
      path: "modules/web/main.tf", start_line: 7, end_line: 7, annotation_level: "warning", title: "+$200.00/month",
      message: "Adds $200.00 a month: module.web.aws_instance.web[0] (added, +$100.00); module.web.aws_instance.web[1] (added, +$100.00).",
    });
    expect(annotations[1]).toMatchObject({ path: "envs/prod/main.tf", start_line: 60, title: "+$69.00/month" });
    expect(annotations.map((a) => a.path)).not.toContain("envs/dev/main.tf");
    expect(annotations.map((a) => a.path)).not.toContain("envs/prod/old.tf");
    expect(annotations.find((a) => a.start_line === 99)).toBeUndefined();
  });

  it("none when no threshold is hit; failure level when the check is blocked", () => {
    const diff = diffOf([{ name: "prod", changes: [change("aws_instance.a", "envs/prod/main.tf", 4, "900")] }]);
    expect(costAnnotations({ diff, hits: [], blocked: false })).toEqual([]);
    const hits = evaluateThresholds(config, diff);
    expect(costAnnotations({ diff, hits, blocked: true })).toEqual([expect.objectContaining({ annotation_level: "failure", path: "envs/prod/main.tf", start_line: 4 })]);
  });
});
