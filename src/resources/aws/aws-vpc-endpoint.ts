import { UnknownInput } from "../attributes.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { dataProcessedComponent, dataProcessedUsage, hoursComponent } from "./shared/metered.js";
import { usagetype } from "./shared/price-helpers.js";

/** Usagetype suffixes per endpoint type; Gateway endpoints (S3, DynamoDB) are free. */
const ENDPOINTS: Record<string, { label: string; hours: string; bytes: string }> = {
  Interface: { label: "Interface", hours: "VpcEndpoint-Hours", bytes: "VpcEndpoint-Bytes" },
  GatewayLoadBalancer: { label: "Gateway Load Balancer", hours: "VpcEndpoint-GWLBE-Hours", bytes: "VpcEndpoint-GWLBE-Bytes" },
};

/** `aws_vpc_endpoint`: an interface endpoint bills one network interface per subnet, and the GB it processes. */
export const awsVpcEndpoint: ResourceModel = {
  type: "aws_vpc_endpoint",
  usage: dataProcessedUsage("endpoint"),
  build(r) {
    // Terraform's default vpc_endpoint_type is Gateway.
    const type = r.string("vpc_endpoint_type", "Gateway");
    if (type === "Gateway") return [];
    const endpoint = ENDPOINTS[type];
    if (!endpoint) throw new UnknownInput("vpc_endpoint_type", `Costgate does not price ${type} endpoints yet`);
    const price = endpointPrice(r);
    // One endpoint network interface per subnet (zone); at least one even before subnets are associated.
    const interfaces = Math.max(1, r.list("subnet_ids").length, r.blocks("subnet_configuration").length);
    const name = interfaces === 1 ? `Endpoint (${endpoint.label})` : `Endpoint (${endpoint.label}, ${interfaces} zones)`;
    // Interface endpoints price GB in tiers (1 PB, 4 PB, more), applied automatically.
    return [hoursComponent(name, interfaces, price(endpoint.hours)), dataProcessedComponent(r, price(endpoint.bytes))];
  },
};

/**
 * `aws_vpc_endpoint_subnet_association`: one more endpoint network interface, billed like
 * the endpoint's own. Only interface endpoints take subnet associations.
 */
export const awsVpcEndpointSubnetAssociation: ResourceModel = {
  type: "aws_vpc_endpoint_subnet_association",
  build: (r) => [hoursComponent("Endpoint (Interface, 1 more zone)", 1, endpointPrice(r)(ENDPOINTS.Interface.hours))],
};

function endpointPrice(r: ResourceView) {
  return (suffix: string) => ({ service: "AmazonVPC", region: r.region, productFamily: "VpcEndpoint", attributes: [usagetype(suffix)] });
}
