import type { ResourceModel } from "../resource-model.js";
import { apiGatewayQuery } from "./aws-api-gateway-rest-api.js";
import { chunkedCount, usageComponent } from "./shared/usage-component.js";

/** HTTP API requests are metered per 512 KB, WebSocket messages per 32 KB. */
const HTTP_CHUNK_KB = 512;
const MESSAGE_CHUNK_KB = 32;

export const awsApigatewayv2Api: ResourceModel = {
  type: "aws_apigatewayv2_api",
  usage: {
    monthly_requests: { type: "number", description: "HTTP API requests a month", example: 10_000_000 },
    request_size_kb: { type: "number", description: "Average HTTP request size in KB; each 512 KB is metered as a request", example: 10 },
    monthly_messages: { type: "number", description: "WebSocket messages a month, sent and received", example: 100_000_000 },
    message_size_kb: { type: "number", description: "Average WebSocket message size in KB; each 32 KB is metered as a message", example: 4 },
    monthly_connection_mins: { type: "number", description: "WebSocket connection minutes a month", example: 5_000_000 },
  },
  build(r) {
    if (r.string("protocol_type") === "WEBSOCKET") {
      return [
        usageComponent({
          name: "Messages",
          unit: "1M messages",
          count: chunkedCount(r.usage.number("monthly_messages"), r.usage.number("message_size_kb"), MESSAGE_CHUNK_KB),
          per: 1_000_000,
          price: apiGatewayQuery(r, "WebSocket", "ApiGatewayMessage"),
        }),
        usageComponent({ name: "Connection duration", unit: "1M minutes", count: r.usage.number("monthly_connection_mins"), per: 1_000_000, price: apiGatewayQuery(r, "WebSocket", "ApiGatewayMinute") }),
      ];
    }
    return [
      usageComponent({
        name: "Requests (HTTP API)",
        unit: "1M requests",
        count: chunkedCount(r.usage.number("monthly_requests"), r.usage.number("request_size_kb"), HTTP_CHUNK_KB),
        per: 1_000_000,
        price: apiGatewayQuery(r, "API Calls", "ApiGatewayHttpRequest"),
      }),
    ];
  },
};
