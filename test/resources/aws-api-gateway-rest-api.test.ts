import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";
import { gap, unitPrices } from "./usage-fixture-helpers.js";

/** aws.amazon.com/api-gateway/pricing, us-east-1 REST APIs: $3.50 per million for the first 333M, $2.80 to 1B, $2.38 to 20B, $1.51 beyond. */
const REST: PriceRow[] = [
  { service: "AmazonApiGateway", productFamily: "API Calls", unit: "Requests", price: [[0, "0.0000035"], [333e6, "0.0000028"], [1e9, "0.00000238"], [20e9, "0.00000151"]], attributes: { usagetype: "USE1-ApiGatewayRequest" } },
];

describe("aws_api_gateway_rest_api", () => {
  it("applies the request tiers to the month's calls", async () => {
    const breakdown = await estimateFixture("aws_api_gateway_rest_api", { prices: priceTable(REST) });
    expect(costs(breakdown, "aws_api_gateway_rest_api.orders")).toEqual([["Requests", "1633.1"]]); // 333 x 3.50 = 1,165.5 + 167 x 2.80 = 467.6
    expect(unitPrices(breakdown, "aws_api_gateway_rest_api.partners")).toEqual([["Requests", "3.5"]]);
  });

  it("is unknown with the snapshot, which has no API Gateway prices", async () => {
    const breakdown = await estimateFixture("aws_api_gateway_rest_api");
    expect(gap(breakdown, "aws_api_gateway_rest_api.orders", "Requests")).toBe(
      "no bundled price for ApiGatewayRequest (AmazonApiGateway, API Calls) in us-east-1 (the bundled snapshot has no AmazonApiGateway prices for us-east-1); configure AWS credentials for live prices",
    );
  });
});
