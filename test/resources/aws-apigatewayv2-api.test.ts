import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";
import { resourceOf } from "./usage-fixture-helpers.js";

/**
 * aws.amazon.com/api-gateway/pricing, us-east-1: HTTP APIs $1.00 per million for the first 300M,
 * $0.90 beyond; WebSocket messages $1.00 per million for the first billion, $0.80 beyond;
 * connection minutes $0.25 per million.
 */
const V2: PriceRow[] = [
  { service: "AmazonApiGateway", productFamily: "API Calls", unit: "Requests", price: [[0, "0.000001"], [300e6, "0.0000009"]], attributes: { usagetype: "USE1-ApiGatewayHttpRequest" } },
  { service: "AmazonApiGateway", productFamily: "WebSocket", unit: "Messages", price: [[0, "0.000001"], [1e9, "0.0000008"]], attributes: { usagetype: "USE1-ApiGatewayMessage" } },
  { service: "AmazonApiGateway", productFamily: "WebSocket", unit: "Minutes", price: "0.00000025", attributes: { usagetype: "USE1-ApiGatewayMinute" } },
];

describe("aws_apigatewayv2_api", () => {
  it("bills HTTP API requests per 512 KB, tiered", async () => {
    const breakdown = await estimateFixture("aws_apigatewayv2_api", { prices: priceTable(V2) });
    expect(costs(breakdown, "aws_apigatewayv2_api.http")).toEqual([["Requests (HTTP API)", "390"]]); // 20 KB = 1 request each: 300 x 1.00 + 100 x 0.90
  });

  it("bills WebSocket messages per 32 KB, tiered, and connection minutes", async () => {
    const breakdown = await estimateFixture("aws_apigatewayv2_api", { prices: priceTable(V2) });
    expect(costs(breakdown, "aws_apigatewayv2_api.chat")).toEqual([
      ["Messages", "1640"], // 900M x 2 (40 KB) = 1.8B: 1,000 x 1.00 + 800 x 0.80
      ["Connection duration", "2"], // 8M minutes = 8 x 0.25
    ]);
  });

  it("is unknown with the snapshot, which has no API Gateway prices", async () => {
    const breakdown = await estimateFixture("aws_apigatewayv2_api");
    expect(resourceOf(breakdown, "aws_apigatewayv2_api.chat")).toMatchObject({ status: "unknown", monthlyCost: null });
  });
});
