import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { usagetype } from "./shared/price-helpers.js";
import { usageComponent } from "./shared/usage-component.js";

export const apiGatewayQuery = (r: ResourceView, productFamily: string, suffix: string) => ({ service: "AmazonApiGateway", region: r.region, productFamily, attributes: [usagetype(suffix)] });

/** REST API calls: $3.50 per million for the first 333M a month, cheaper tiers beyond (they come with the price). */
export const awsApiGatewayRestApi: ResourceModel = {
  type: "aws_api_gateway_rest_api",
  usage: {
    monthly_requests: { type: "number", description: "API calls a month", example: 10_000_000 },
  },
  build(r) {
    return [usageComponent({ name: "Requests", unit: "1M requests", count: r.usage.number("monthly_requests"), per: 1_000_000, price: apiGatewayQuery(r, "API Calls", "ApiGatewayRequest") })];
  },
};
