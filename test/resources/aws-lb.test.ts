import type { ProjectBreakdown } from "../../src/estimate/breakdown-types.js";
import { priceTable } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

const resource = (b: ProjectBreakdown, address: string) => b.resources.find((r) => r.address === address)!;

describe("aws_lb / aws_alb", () => {
  let breakdown: ProjectBreakdown;
  beforeAll(async () => {
    breakdown = await estimateFixture("aws_lb");
  });

  it("bills an internet-facing ALB per hour, per LCU-hour on its busiest dimension, and a public IPv4 per zone", () => {
    expect(costs(breakdown, "aws_lb.web")).toEqual([
      ["Application load balancer", "16.425"], // 0.0225 x 730
      ["Load balancer capacity units", "11.68"], // max(50/25, 3000/3000, 1, 500/1000) = 2 LCU x 730 h x 0.008
      ["Public IPv4 addresses (3)", "10.95"], // 3 subnets x 0.005 x 730
    ]);
  });

  it("shows capacity units as usage-based without usage, and no public IPv4 for an internal NLB", () => {
    expect(costs(breakdown, "aws_lb.internal")).toEqual([
      ["Network load balancer", "16.425"], // 0.0225 x 730
      ["Load balancer capacity units", null],
    ]);
  });

  it("bills AWS-owned addresses only for subnet mappings without an Elastic IP", () => {
    expect(costs(breakdown, "aws_lb.edge")).toContainEqual(["Public IPv4 address", "3.65"]);
    expect(costs(breakdown, "aws_eip.nlb")).toEqual([["Public IPv4 address", "3.65"]]);
  });

  it("bills no public IPv4 for a dualstack-without-public-ipv4 ALB (aws_alb is the same model)", () => {
    expect(costs(breakdown, "aws_alb.ipv6")).toEqual([
      ["Application load balancer", "16.425"],
      ["Load balancer capacity units", null],
    ]);
  });

  it("prices a gateway load balancer from its own family: missing in the us-east-1 snapshot, priced in eu-west-1", async () => {
    const gwlb = resource(breakdown, "aws_lb.inspection");
    expect(gwlb.status).toBe("unknown");
    expect(gwlb.components[0]!.unknownReason).toMatch(/^no bundled price for .*\(AWSELB, Load Balancer-Gateway\) in us-east-1.*configure AWS credentials for live prices$/);
    const eu = await estimateFixture("aws_lb/eu-west-1");
    expect(costs(eu, "aws_lb.inspection")).toEqual([
      ["Gateway load balancer", "10.22"], // 0.014 x 730
      ["Load balancer capacity units", "5.84"], // 2 GB/h = 2 GLCU x 730 x 0.004
    ]);
    expect(costs(eu, "aws_lb.internal")[0]).toEqual(["Application load balancer", "18.396"]); // 0.0252 x 730
  });

  it("prices a us-east-1 gateway load balancer with its published price", async () => {
    const prices = priceTable([
      // AWS Elastic Load Balancing pricing, US East (N. Virginia): GWLB $0.0125/h, $0.004 per GLCU-hour.
      { service: "AWSELB", productFamily: "Load Balancer-Gateway", unit: "Hrs", price: "0.0125", attributes: { locationType: "AWS Region", usagetype: "LoadBalancerUsage" } },
      { service: "AWSELB", productFamily: "Load Balancer-Gateway", unit: "LCU-Hrs", price: "0.004", attributes: { locationType: "AWS Region", usagetype: "LCUUsage" } },
    ]);
    const b = await estimateFixture("aws_lb", { prices });
    expect(costs(b, "aws_lb.inspection")).toEqual([
      ["Gateway load balancer", "9.125"], // 0.0125 x 730
      ["Load balancer capacity units", null],
    ]);
  });
});
