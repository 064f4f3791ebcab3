import { dec } from "../../shared/decimal.js";
import type { ResourceModel } from "../resource-model.js";
import { usagetype, usageQuantity } from "./shared/price-helpers.js";

export const awsNatGateway: ResourceModel = {
  type: "aws_nat_gateway",
  usage: {
    monthly_data_processed_gb: { type: "number", description: "GB processed by the NAT gateway a month", example: 100 },
  },
  // A public NAT gateway's Elastic IP is its own `aws_eip` resource and priced there; a
  // private one (connectivity_type = "private") has none but the same hourly charge.
  build(r) {
    const price = (suffix: string) => ({ service: "AmazonEC2", region: r.region, productFamily: "NAT Gateway", attributes: [usagetype(suffix)] });
    return [
      { name: "NAT gateway", unit: "hours", hourlyQuantity: dec(1), price: price("NatGateway-Hours"), priceUnit: "Hrs" },
      {
        name: "Data processed",
        unit: "GB",
        monthlyQuantity: usageQuantity(r.usage.number("monthly_data_processed_gb")),
        usageBased: true,
        price: price("NatGateway-Bytes"),
        priceUnit: "GB",
      },
    ];
  },
};
