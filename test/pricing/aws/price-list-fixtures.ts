import { readFileSync } from "node:fs";
import nock from "nock";

const dir = new URL("../../../fixtures/pricing/price-list/", import.meta.url);

/** A Price List document from fixtures/pricing/price-list/, as the JSON string GetProducts sends. */
export function priceListItem(name: string): string {
  return JSON.stringify(JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")));
}

export const PRICING_HOST = "https://api.pricing.us-east-1.amazonaws.com";
export const TARGET = { "x-amz-target": "AWSPriceListService.GetProducts" };

export interface GetProductsBody {
  ServiceCode: string;
  Filters?: { Type: string; Field: string; Value: string }[];
  FormatVersion?: string;
  MaxResults?: number;
  NextToken?: string;
}

/** The Price List API as nock sees it; each call to `.getProducts` expects one request. */
export function pricingApi(host = PRICING_HOST) {
  const scope = nock(host, { reqheaders: TARGET });
  return scope;
}

export function ok(items: string[], nextToken?: string) {
  return [200, { FormatVersion: "aws_v1", PriceList: items, ...(nextToken && { NextToken: nextToken }) }, { "content-type": "application/x-amz-json-1.1" }] as const;
}

export function awsError(status: number, type: string, message: string) {
  return [status, { __type: type, Message: message }, { "content-type": "application/x-amz-json-1.1" }] as const;
}

export const TEST_CREDENTIALS = { accessKeyId: "AKIDTESTCOSTGATE", secretAccessKey: "test-secret" };
export const noWait = { sleep: async () => {}, random: () => 0.5 };
