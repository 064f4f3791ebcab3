import { costs, estimateFixture } from "./estimate-fixture.js";

describe("aws_elb", () => {
  it("bills a classic load balancer per hour and per GB processed, and a public IPv4 per zone when internet-facing", async () => {
    const b = await estimateFixture("aws_elb");
    expect(costs(b, "aws_elb.legacy")).toEqual([
      ["Classic load balancer", "18.25"], // 0.025 x 730
      ["Data processed", "8"], // 1,000 GB x 0.008
      ["Public IPv4 addresses (2)", "7.3"], // 2 zones x 0.005 x 730
    ]);
    expect(costs(b, "aws_elb.internal")).toEqual([
      ["Classic load balancer", "18.25"],
      ["Data processed", null],
    ]);
  });

  it("uses eu-west-1 prices there", async () => {
    const eu = await estimateFixture("aws_elb/eu-west-1");
    expect(costs(eu, "aws_elb.internal")).toEqual([
      ["Classic load balancer", "20.44"], // 0.028 x 730
      ["Data processed", null],
    ]);
  });
});
