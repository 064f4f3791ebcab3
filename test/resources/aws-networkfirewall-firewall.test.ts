import { priceTable } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

describe("aws_networkfirewall_firewall", () => {
  it("says the Network Firewall prices are missing from the snapshot, never $0", async () => {
    const b = await estimateFixture("aws_networkfirewall_firewall");
    const fw = b.resources.find((r) => r.address === "aws_networkfirewall_firewall.egress")!;
    expect([fw.status, fw.monthlyCost]).toEqual(["unknown", null]);
    expect(fw.components[0]!.unknownReason).toMatch(/^no bundled price for .*Endpoint-Hour.*\(AWSNetworkFirewall, AWS Firewall\) in us-east-1 \(the bundled snapshot has no AWSNetworkFirewall prices for us-east-1\); configure AWS credentials for live prices$/);
  });

  it("bills one endpoint per subnet mapping (zone), and GB processed", async () => {
    const prices = priceTable([
      // AWS Network Firewall pricing, US East (N. Virginia): $0.395 per endpoint-hour, $0.065 per GB processed.
      { service: "AWSNetworkFirewall", productFamily: "AWS Firewall", unit: "Hrs", price: "0.395", attributes: { usagetype: "USE1-Endpoint-Hour" } },
      { service: "AWSNetworkFirewall", productFamily: "AWS Firewall", unit: "GB", price: "0.065", attributes: { usagetype: "USE1-Traffic-GB-Processed" } },
    ]);
    const b = await estimateFixture("aws_networkfirewall_firewall", { prices });
    expect(costs(b, "aws_networkfirewall_firewall.egress")).toEqual([
      ["Firewall endpoints (2)", "576.7"], // 2 x 0.395 x 730
      ["Data processed", "65"], // 1,000 GB x 0.065
    ]);
  });
});
