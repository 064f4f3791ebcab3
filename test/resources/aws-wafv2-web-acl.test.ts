import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";
import { gap, resourceOf } from "./usage-fixture-helpers.js";

/** aws.amazon.com/waf/pricing: $5.00 per web ACL and $1.00 per rule a month, $0.60 per million requests. */
const WAF: PriceRow[] = [
  // Shield Advanced protected ACLs have their own meters, listed first: a loose match would pick them
  { service: "awswaf", productFamily: "Web Application Firewall", unit: "WebACL", price: "0", attributes: { usagetype: "USE1-ShieldProtected-WebACLV2" } },
  { service: "awswaf", productFamily: "Web Application Firewall", unit: "WebACL", price: "5", attributes: { usagetype: "USE1-WebACLV2" } },
  { service: "awswaf", productFamily: "Web Application Firewall", unit: "Rule", price: "1", attributes: { usagetype: "USE1-RuleV2" } },
  { service: "awswaf", productFamily: "Web Application Firewall", unit: "Request", price: "0.0000006", attributes: { usagetype: "USE1-RequestV2-Tier1" } },
];

describe("aws_wafv2_web_acl", () => {
  it("bills the ACL, one rule per rule block (dynamic ones included) and requests", async () => {
    const breakdown = await estimateFixture("aws_wafv2_web_acl", { prices: priceTable(WAF) });
    expect(costs(breakdown, "aws_wafv2_web_acl.api")).toEqual([
      ["Web ACL", "5"],
      ["Rules", "5"], // 2 rules + 3 managed rule groups from a dynamic block, $1 each
      ["Requests", "72"], // 120M x $0.60/1M
    ]);
    expect(costs(breakdown, "aws_wafv2_web_acl.empty")).toEqual([
      ["Web ACL", "5"],
      ["Requests", null],
    ]);
  });

  it("is unknown with the snapshot, which has no WAF prices", async () => {
    const breakdown = await estimateFixture("aws_wafv2_web_acl");
    expect(gap(breakdown, "aws_wafv2_web_acl.empty", "Web ACL")).toBe(
      "no bundled price for WebACLV2 (awswaf, Web Application Firewall) in us-east-1 (the bundled snapshot has no awswaf prices for us-east-1); configure AWS credentials for live prices",
    );
    expect(resourceOf(breakdown, "aws_wafv2_web_acl.empty").monthlyCost).toBeNull();
  });
});
