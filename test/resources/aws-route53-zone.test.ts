import { costs, estimateFixture } from "./estimate-fixture.js";
import { resourceOf } from "./usage-fixture-helpers.js";

describe("aws_route53_zone", () => {
  it("costs $0.50 a month, public or private, priced globally whatever the provider region", async () => {
    const breakdown = await estimateFixture("aws_route53_zone");
    expect(resourceOf(breakdown, "aws_route53_zone.public").region).toBe("eu-west-1");
    // the first 25 hosted zones of an account: $0.50 each a month
    expect(costs(breakdown, "aws_route53_zone.public")).toEqual([["Hosted zone", "0.5"]]);
    expect(costs(breakdown, "aws_route53_zone.internal")).toEqual([["Hosted zone", "0.5"]]);
  });
});
