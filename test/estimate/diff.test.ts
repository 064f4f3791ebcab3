import { diffProjects } from "../../src/estimate/diff.js";
import { estimateProject } from "../../src/estimate/estimate-project.js";
import type { ResourceInstance } from "../../src/terraform/resource-instance.js";
import { instance } from "../helpers/instances.js";
import { priceTable, US_EAST_1 } from "../helpers/price-table.js";

async function breakdown(instances: ResourceInstance[]) {
  return estimateProject({ project: { name: "prod", path: "envs/prod" }, instances, prices: priceTable(US_EAST_1) });
}

describe("diffProjects", () => {
  it("lists added, removed and changed resources with their monthly deltas, ignoring free ones", async () => {
    const past = await breakdown([
      instance("aws_instance.web[0]", { instance_type: "t3.medium" }),
      instance("aws_instance.web[1]", { instance_type: "t3.medium" }),
      instance("aws_nat_gateway.main"),
      instance("aws_vpc.main"),
    ]);
    const current = await breakdown([
      instance("aws_instance.web[0]", { instance_type: "m5.large" }),
      instance("aws_instance.web[1]", { instance_type: "t3.medium" }),
      instance("aws_instance.web[2]", { instance_type: "t3.medium" }),
      instance("aws_subnet.a"),
    ]);
    const diff = diffProjects([{ name: "prod", path: "envs/prod", past, current }]);
    const changes = diff.projects[0]!.changes.map((c) => [c.address, c.change, c.diffMonthlyCost.toString()]);
    expect(changes).toEqual([
      // m5.large 0.096 x 730 = 70.08 vs t3.medium 0.0416 x 730 = 30.368
      ["aws_instance.web[0]", "changed", "39.712"],
      // t3.medium 30.368 + 8 GB gp2 root 0.80
      ["aws_instance.web[2]", "added", "31.168"],
      ["aws_nat_gateway.main", "removed", "-32.85"],
    ]);
    expect(diff.diffTotalMonthlyCost.toString()).toBe("38.03");
    expect(diff.projects[0]!.pastTotalMonthlyCost.toString()).toBe("95.186");
  });

  it("treats a project that is new at head as all added, and one deleted at head as all removed", async () => {
    const resources = await breakdown([instance("aws_nat_gateway.main")]);
    const diff = diffProjects([
      { name: "new", path: "new", past: null, current: resources },
      { name: "old", path: "old", past: resources, current: null },
    ]);
    expect(diff.projects.map((p) => [p.name, p.changes.map((c) => c.change), p.diffTotalMonthlyCost.toString()])).toEqual([
      ["new", ["added"], "32.85"],
      ["old", ["removed"], "-32.85"],
    ]);
    expect(diff.diffTotalMonthlyCost.isZero()).toBe(true);
  });

  it("reports a resource whose pricing state changed even when its known cost did not", async () => {
    const past = await breakdown([instance("aws_instance.web", { instance_type: "t3.medium" })]);
    const current = await breakdown([instance("aws_instance.web", { instance_type: "t3.nano" })]);
    const [change] = diffProjects([{ name: "prod", path: "p", past, current }]).projects[0]!.changes;
    expect([change!.change, change!.status, change!.monthlyCost?.toString()]).toEqual(["changed", "unknown", "0.8"]);
  });
});
