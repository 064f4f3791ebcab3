import { costs, estimateFixture } from "./estimate-fixture.js";

describe("aws_eip", () => {
  it("bills every Amazon-provided public IPv4 hourly, attached or idle; BYOIP addresses are not", async () => {
    const b = await estimateFixture("aws_eip");
    expect(costs(b, "aws_eip.web")).toEqual([["Public IPv4 address", "3.65"]]); // 0.005 x 730
    const byoip = b.resources.find((r) => r.address === "aws_eip.byoip")!;
    expect([byoip.status, byoip.components.length]).toEqual(["priced", 0]);
  });

  it("uses the region of the provider the address is created with", async () => {
    const b = await estimateFixture("aws_eip");
    const ireland = b.resources.find((r) => r.address === "aws_eip.ireland")!;
    expect(ireland.region).toBe("eu-west-1");
    expect(costs(b, "aws_eip.ireland")).toEqual([["Public IPv4 address", "3.65"]]); // EU-PublicIPv4:InUseAddress, 0.005 x 730
  });

  it("says a GovCloud public IPv4 price is missing from the snapshot, never $0", async () => {
    const b = await estimateFixture("aws_eip");
    const gov = b.resources.find((r) => r.address === "aws_eip.govcloud")!;
    expect([gov.region, gov.status, gov.monthlyCost]).toEqual(["us-gov-west-1", "unknown", null]);
    expect(gov.reason).toContain("(the bundled snapshot has no AmazonVPC prices for us-gov-west-1); configure AWS credentials for live prices");
  });
});
