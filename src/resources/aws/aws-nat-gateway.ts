import type { ResourceModel } from "../resource-model.js";
import { dataProcessedComponent, dataProcessedUsage, hoursComponent } from "./shared/metered.js";
import { usagetype } from "./shared/price-helpers.js";

export const awsNatGateway: ResourceModel = {
  type: "aws_nat_gateway",
  usage: dataProcessedUsage("NAT gateway"),
  // A public NAT gateway's Elastic IP is its own `aws_eip` resource and priced there; a
  // private one (connectivity_type = "private") has none but the same hourly charge.
  build(r) {
    const price = (suffix: string) => ({ service: "AmazonEC2", region: r.region, productFamily: "NAT Gateway", attributes: [usagetype(suffix)] });
    return [hoursComponent("NAT gateway", 1, price("NatGateway-Hours")), dataProcessedComponent(r, price("NatGateway-Bytes"))];
  },
};
