import { dec } from "../../shared/decimal.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { usagetype } from "./shared/price-helpers.js";
import { usageComponent } from "./shared/usage-component.js";

const wafQuery = (r: ResourceView, suffix: string) => ({ service: "awswaf", region: r.region, productFamily: "Web Application Firewall", attributes: [usagetype(suffix)] });

/**
 * $5 per web ACL and $1 per rule a month (a rule that references a rule group or a managed
 * rule group counts as one rule), plus $0.60 per million requests inspected. Paid managed
 * groups (Bot Control, Fraud Control) and AWS Marketplace rules add fees not priced here.
 */
export const awsWafv2WebAcl: ResourceModel = {
  type: "aws_wafv2_web_acl",
  usage: {
    monthly_requests: { type: "number", description: "Web requests inspected a month", example: 50_000_000 },
  },
  build(r) {
    const rules = r.blocks("rule").length;
    return [
      { name: "Web ACL", unit: "months", monthlyQuantity: dec(1), price: wafQuery(r, "WebACLV2") },
      ...(rules > 0 ? [{ name: "Rules", unit: "rules", monthlyQuantity: dec(rules), price: wafQuery(r, "RuleV2") }] : []),
      usageComponent({ name: "Requests", unit: "1M requests", count: r.usage.number("monthly_requests"), per: 1_000_000, price: wafQuery(r, "RequestV2-Tier1") }),
    ];
  },
};
