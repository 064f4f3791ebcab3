import { equals } from "../../pricing/price-query.js";
import { dec } from "../../shared/decimal.js";
import type { ResourceModel } from "../resource-model.js";

/**
 * $0.50 per hosted zone a month for an account's first 25 zones ($0.10 beyond): public and
 * private zones alike. Route 53 is priced globally, whatever the provider's region.
 */
export const awsRoute53Zone: ResourceModel = {
  type: "aws_route53_zone",
  build() {
    return [{ name: "Hosted zone", unit: "months", monthlyQuantity: dec(1), price: { service: "AmazonRoute53", region: "global", productFamily: "DNS Zone", attributes: [equals("usagetype", "HostedZone")] } }];
  },
};
