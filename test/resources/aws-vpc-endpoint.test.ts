import type { ProjectBreakdown } from "../../src/estimate/breakdown-types.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

describe("aws_vpc_endpoint", () => {
  let breakdown: ProjectBreakdown;
  beforeAll(async () => {
    breakdown = await estimateFixture("aws_vpc_endpoint");
  });

  it("bills an interface endpoint per subnet-hour and per GB processed", () => {
    expect(costs(breakdown, "aws_vpc_endpoint.ecr_api")).toEqual([
      ["Endpoint (Interface, 3 zones)", "21.9"], // 3 x 0.01 x 730
      ["Data processed", "10"], // 1,000 GB x 0.01
    ]);
  });

  it("applies the data processing tiers (first 1 PB, next 4 PB)", () => {
    // 1,048,576 GB x 0.01 + (2,000,000 - 1,048,576) GB x 0.006 = 10,485.76 + 5,708.544
    expect(costs(breakdown, "aws_vpc_endpoint.kinesis")[1]).toEqual(["Data processed", "16194.304"]);
  });

  it("counts one interface before subnets are associated", () => {
    expect(costs(breakdown, "aws_vpc_endpoint.sts")).toEqual([
      ["Endpoint (Interface)", "7.3"],
      ["Data processed", null],
    ]);
  });

  it("bills each subnet association as one more interface of its endpoint", () => {
    expect(costs(breakdown, "aws_vpc_endpoint_subnet_association.sts_a")).toEqual([["Endpoint (Interface, 1 more zone)", "7.3"]]); // 0.01 x 730
    expect(costs(breakdown, "aws_vpc_endpoint_subnet_association.sts_b")).toEqual([["Endpoint (Interface, 1 more zone)", "7.3"]]);
  });

  it("prices Gateway Load Balancer endpoints with their own usagetypes", () => {
    expect(costs(breakdown, "aws_vpc_endpoint.inspection")).toEqual([
      ["Endpoint (Gateway Load Balancer)", "7.3"], // 0.01 x 730
      ["Data processed", "0.35"], // 100 GB x 0.0035
    ]);
  });

  it("costs nothing for a gateway endpoint (the default type)", () => {
    const s3 = breakdown.resources.find((r) => r.address === "aws_vpc_endpoint.s3")!;
    expect([s3.status, s3.monthlyCost?.toString(), s3.components.length]).toEqual(["priced", "0", 0]);
  });
});
