import { costs, estimateFixture } from "./estimate-fixture.js";

describe("aws_nat_gateway", () => {
  it("bills hours and data processed from usage; the Elastic IP is its own resource", async () => {
    const b = await estimateFixture("aws_nat_gateway");
    expect(costs(b, "aws_nat_gateway.public")).toEqual([
      ["NAT gateway", "32.85"], // 0.045 x 730
      ["Data processed", "4.5"], // 100 GB x 0.045
    ]);
    expect(costs(b, "aws_eip.nat")).toEqual([["Public IPv4 address", "3.65"]]);
  });

  it("bills a private NAT gateway the same hourly price, with data processed depending on usage", async () => {
    const b = await estimateFixture("aws_nat_gateway");
    expect(costs(b, "aws_nat_gateway.private")).toEqual([
      ["NAT gateway", "32.85"],
      ["Data processed", null],
    ]);
    const eu = await estimateFixture("aws_nat_gateway/eu-west-1");
    expect(costs(eu, "aws_nat_gateway.private")).toEqual([
      ["NAT gateway", "35.04"], // eu-west-1: 0.048 x 730
      ["Data processed", null],
    ]);
  });
});
