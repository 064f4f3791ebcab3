import { equals } from "../../pricing/price-query.js";
import { dec } from "../../shared/decimal.js";
import type { ResourceModel } from "../resource-model.js";
import { usagetype, usageQuantity } from "./shared/price-helpers.js";

/**
 * `aws_ec2_transit_gateway_vpc_attachment`: each attachment is billed per hour and per GB
 * sent from it through the transit gateway (the transit gateway itself is free).
 */
export const awsEc2TransitGatewayVpcAttachment: ResourceModel = {
  type: "aws_ec2_transit_gateway_vpc_attachment",
  usage: {
    monthly_data_processed_gb: { type: "number", description: "GB sent from the VPC through the transit gateway a month", example: 100 },
  },
  build(r) {
    // The operation tells VPC attachments from VPN, Direct Connect and peering ones.
    const price = (suffix: string) => ({ service: "AmazonVPC", region: r.region, attributes: [usagetype(suffix), equals("operation", "TransitGatewayVPC")] });
    return [
      { name: "Transit gateway attachment", unit: "hours", hourlyQuantity: dec(1), price: price("TransitGateway-Hours"), priceUnit: "Hrs" },
      {
        name: "Data processed",
        unit: "GB",
        monthlyQuantity: usageQuantity(r.usage.number("monthly_data_processed_gb")),
        usageBased: true,
        price: price("TransitGateway-Bytes"),
        priceUnit: "GB",
      },
    ];
  },
};
