import { priceTable } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

describe("aws_ec2_transit_gateway_vpc_attachment", () => {
  it("says the transit gateway prices are missing from the snapshot, never $0", async () => {
    const b = await estimateFixture("aws_ec2_transit_gateway_vpc_attachment");
    const app = b.resources.find((r) => r.address === "aws_ec2_transit_gateway_vpc_attachment.app")!;
    expect(app.status).toBe("unknown");
    expect(app.monthlyCost).toBeNull();
    expect(app.components.map((c) => c.unknownReason)).toEqual([
      expect.stringMatching(/^no bundled price for .*TransitGateway-Hours.*TransitGatewayVPC \(AmazonVPC\) in us-east-1; configure AWS credentials for live prices$/),
      expect.stringMatching(/^no bundled price for .*TransitGateway-Bytes/),
    ]);
  });

  it("bills each VPC attachment per hour and per GB sent through it", async () => {
    const prices = priceTable([
      // AWS Transit Gateway pricing, US East (N. Virginia): $0.05 per attachment-hour, $0.02 per GB processed.
      { service: "AmazonVPC", unit: "Hrs", price: "0.05", attributes: { usagetype: "USE1-TransitGateway-Hours", operation: "TransitGatewayVPC" } },
      { service: "AmazonVPC", unit: "GB", price: "0.02", attributes: { usagetype: "USE1-TransitGateway-Bytes", operation: "TransitGatewayVPC" } },
    ]);
    const b = await estimateFixture("aws_ec2_transit_gateway_vpc_attachment", { prices });
    expect(costs(b, "aws_ec2_transit_gateway_vpc_attachment.app")).toEqual([
      ["Transit gateway attachment", "36.5"], // 0.05 x 730
      ["Data processed", "10"], // 500 GB x 0.02
    ]);
    // VPN, Direct Connect and peering attachments share the usagetypes: the operation tells them apart.
    expect(prices.asked.every((q) => q.attributes.some((m) => "equals" in m && m.key === "operation" && m.equals === "TransitGatewayVPC"))).toBe(true);
    expect(costs(b, "aws_ec2_transit_gateway_vpc_attachment.shared")).toEqual([
      ["Transit gateway attachment", "36.5"],
      ["Data processed", null],
    ]);
  });
});
