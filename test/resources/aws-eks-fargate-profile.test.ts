import type { ProjectBreakdown } from "../../src/estimate/breakdown-types.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

describe("aws_eks_fargate_profile", () => {
  let breakdown: ProjectBreakdown;
  beforeAll(async () => {
    breakdown = await estimateFixture("aws_eks_fargate_profile");
  });

  it("prices pods x vCPU and memory from usage, under AmazonEKS", () => {
    expect(costs(breakdown, "aws_eks_fargate_profile.apps")).toEqual([
      ["Fargate vCPU (Linux/x86)", "59.1008"], // 4 pods x 730 h x 0.5 vCPU x 0.04048
      ["Fargate memory (Linux/x86)", "12.9794"], // 4 pods x 730 h x 1 GB x 0.004445
    ]);
  });

  it("shows the unit prices without usage, never $0 as a cost", () => {
    const r = breakdown.resources.find((x) => x.address === "aws_eks_fargate_profile.kube_system")!;
    expect(r.components.map((c) => [c.name, c.monthlyCost, c.usageBased, c.price?.toString()])).toEqual([
      ["Fargate vCPU (Linux/x86)", null, true, "0.04048"],
      ["Fargate memory (Linux/x86)", null, true, "0.004445"],
    ]);
  });
});
