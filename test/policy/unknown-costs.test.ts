import { diffProjects } from "../../src/estimate/diff.js";
import { estimateProject } from "../../src/estimate/estimate-project.js";
import { findUnknownCosts } from "../../src/policy/unknown-costs.js";
import { Unknown } from "../../src/terraform/unknown.js";
import type { ResourceInstance } from "../../src/terraform/resource-instance.js";
import { instance } from "../helpers/instances.js";
import { priceTable, US_EAST_1 } from "../helpers/price-table.js";

const estimate = (instances: ResourceInstance[]) => estimateProject({ project: { name: "prod", path: "envs/prod" }, instances, prices: priceTable(US_EAST_1) });

describe("findUnknownCosts", () => {
  it("lists changed resources that are unpriced at head, and only those", async () => {
    const past = await estimate([
      instance("aws_instance.app", { instance_type: "t3.medium" }),
      instance("aws_foo_bar.legacy"),
      instance("aws_foo_bar.retired"),
      instance("aws_nat_gateway.main"),
    ]);
    const current = await estimate([
      // changed: its size now depends on a variable with no value
      instance("aws_instance.app", { instance_type: new Unknown("var.size has no value") }),
      // unchanged and unsupported: not this pull request's doing
      instance("aws_foo_bar.legacy"),
      // added and unsupported
      instance("aws_foo_bar.new"),
      // added, priced, but its count could not be resolved
      instance("aws_instance.web[0]", { instance_type: "t3.medium" }, { countUnknown: true }),
      // changed and priced
      instance("aws_nat_gateway.main", {}, { region: "us-east-1" }),
      instance("aws_instance.api", { instance_type: "m5.large" }),
    ]);
    const diff = diffProjects([{ name: "prod", path: "envs/prod", past, current }]);
    expect(findUnknownCosts(diff)).toEqual([
      { project: "prod", address: "aws_foo_bar.new", status: "unsupported", reason: "aws_foo_bar is not priced by Costgate yet" },
      { project: "prod", address: "aws_instance.app", status: "unknown", reason: "instance_type is unknown: var.size has no value" },
      { project: "prod", address: "aws_instance.web[0]", status: "unknown", reason: "count or for_each could not be resolved; 1 instance assumed" },
    ]);
  });

  it("never counts a removed resource, even one that was unpriced", async () => {
    const past = await estimate([instance("aws_foo_bar.gone")]);
    const current = await estimate([]);
    expect(findUnknownCosts(diffProjects([{ name: "prod", path: "envs/prod", past, current }]))).toEqual([]);
  });
});
