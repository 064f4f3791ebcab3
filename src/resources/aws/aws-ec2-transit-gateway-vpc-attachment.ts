import { equals } from "../../pricing/price-query.js";
import type { ResourceModel } from "../resource-model.js";
import { dataProcessedComponent, dataProcessedUsage, hoursComponent } from "./shared/metered.js";
import { usagetype } from "./shared/price-helpers.js";

/**
 * `aws_ec2_transit_gateway_vpc_attachment`: each attachment is billed per hour and per GB
 * sent from it through the transit gateway (the transit gateway itself is free).
 */
export const awsEc2TransitGatewayVpcAttachment: ResourceModel = {
  type: "aws_ec2_transit_gateway_vpc_attachment",
  usage: dataProcessedUsage("attachment (sent from the VPC through the transit gateway)"),
  build(r) {
    // The operation tells VPC attachments from VPN, Direct Connect and peering ones.
    const price = (suffix: string) => ({ service: "AmazonVPC", region: r.region, attributes: [usagetype(suffix), equals("operation", "TransitGatewayVPC")] });
    return [hoursComponent("Transit gateway attachment", 1, price("TransitGateway-Hours")), dataProcessedComponent(r, price("TransitGateway-Bytes"))];
  },
};
