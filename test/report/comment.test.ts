import { diffProjects } from "../../src/estimate/diff.js";
import { estimateProject } from "../../src/estimate/estimate-project.js";
import { fitsCommentLimits } from "../../src/github/comment-limits.js";
import { renderFittedComment } from "../../src/report/fit-comment.js";
import { COMMENT_MARKER } from "../../src/report/render.js";
import { buildReportView } from "../../src/report/view-model.js";
import type { ResourceInstance } from "../../src/terraform/resource-instance.js";
import { instance } from "../helpers/instances.js";
import { priceTable, US_EAST_1 } from "../helpers/price-table.js";

async function comment(past: ResourceInstance[], current: ResourceInstance[]) {
  const prices = priceTable(US_EAST_1);
  const project = { name: "prod", path: "envs/prod" };
  const diff = diffProjects([
    { ...project, past: await estimateProject({ project, instances: past, prices }), current: await estimateProject({ project, instances: current, prices }) },
  ]);
  return renderFittedComment(buildReportView({ diff, headSha: "0123456789abcdef" }));
}

describe("the pull request comment", () => {
  it("leads with the headline, then the project totals and the changed resources", async () => {
    const body = await comment([instance("aws_instance.web", { instance_type: "t3.medium" })], [
      instance("aws_instance.web", { instance_type: "m5.large" }),
      instance("aws_nat_gateway.main", {}, { countUnknown: true }),
    ]);
    const lines = body.split("\n");
    expect(lines[0]).toBe(COMMENT_MARKER);
    // past 31.168, now 70.88 + 32.85: +72.562 = +233%
    expect(lines[1]).toBe("### Costgate: Monthly cost will increase by $72.56 (+233%)");
    expect(body).toContain("| prod | $31.17 | $103.73 | +$72.56 (+233%) |");
    expect(body).toContain("| `aws_instance.web` | changed | +$39.71 |");
    expect(body).toContain("| `aws_nat_gateway.main` | added (count unknown: 1 instance assumed) | +$32.85 |");
    expect(body).toContain("| Data processed | - | GB | $0.045 | depends on usage: $0.045 per GB |");
    expect(body).toContain("| root_block_device: Storage (gp2) | 8 | GB | $0.10 | $0.80 |");
    expect(body).toContain("1 usage-based cost (data processed, requests, ...) is counted as $0 until a usage file gives quantities.");
    expect(body).toMatch(/Prices: test prices \(2026-07-20\) · Commit 0123456 ·/);
  });

  it("says plainly what it could not price, grouping unsupported types", async () => {
    const body = await comment([], [instance("aws_foo.a"), instance("aws_foo.b"), instance("aws_instance.x", { instance_type: "t3.nano" })]);
    expect(body).toContain("<details><summary>3 resources not priced</summary>");
    expect(body).toContain("- `aws_foo` × 2: not priced by Costgate yet");
    expect(body).toMatch(/- `aws_instance.x`: Instance usage \(Linux\/UNIX, on-demand, t3.nano\): no price for t3.nano, Linux, Shared, NA, Used, No License required \(AmazonEC2, Compute Instance\) in us-east-1/);
  });

  it("escapes Markdown in addresses and reasons so a for_each key cannot break the table", async () => {
    const body = await comment([], [instance('aws_instance.web["a|b`<x>"]', { instance_type: "t3.medium" })]);
    expect(body).toContain('| ``aws_instance.web["a❘b`<x>"]`` | added | +$31.17 |');
  });

  it("is byte-identical for the same input", async () => {
    const make = () => comment([instance("aws_instance.a", { instance_type: "t3.medium" })], [instance("aws_instance.b", { instance_type: "m5.large" })]);
    expect(await make()).toBe(await make());
  });

  it("stays within GitHub's limits on a huge change, keeping headline and totals and pointing to the check run", async () => {
    const many = Array.from({ length: 3000 }, (_, i) => instance(`aws_instance.fleet[${i}]`, { instance_type: "t3.medium", root_block_device: [{ volume_type: "gp3", volume_size: 30 }] }));
    const body = await comment([], many);
    expect(fitsCommentLimits(body)).toBe(true);
    expect(body).toContain("### Costgate: Monthly cost will increase by $98,304.00");
    expect(body).toContain("`aws_instance.fleet[0]`");
    expect(body).toContain("`aws_instance.fleet[2999]`");
    expect(body).toMatch(/_Cost details of \d+ resources are left out to fit GitHub's comment limit; the check run lists them all._/);
  });
});
