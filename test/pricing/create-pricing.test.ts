import path from "node:path";
import nock from "nock";
import { createPricing, parseMode } from "../../src/pricing/create-pricing.js";
import { equals, type PriceQuery } from "../../src/pricing/price-query.js";
import { awsError, noWait, ok, priceListItem, pricingApi, TEST_CREDENTIALS } from "./aws/price-list-fixtures.js";
import { useTempDir } from "./temp-dir.js";

const t3medium: PriceQuery = {
  service: "AmazonEC2",
  region: "us-east-1",
  productFamily: "Compute Instance",
  attributes: [equals("instanceType", "t3.medium"), equals("operatingSystem", "Linux"), equals("tenancy", "Shared"), equals("preInstalledSw", "NA"), equals("capacitystatus", "Used")],
};
const withCreds = { detectCredentials: () => ({ found: true, via: "environment" }) };
const aws = { credentials: TEST_CREDENTIALS, retry: noWait };

const tmp = useTempDir("pricing");
afterEach(() => nock.cleanAll());

describe("choosing the price source", () => {
  it("uses the bundled snapshot in auto mode when no credentials are configured, and never calls AWS", async () => {
    const pricing = await createPricing({ mode: "auto", env: {}, detectCredentials: () => ({ found: false }), cacheDir: tmp() });
    const price = await pricing.price(t3medium);
    expect(price.source.kind).toBe("snapshot");
    expect(pricing.description).toBe("bundled snapshot (no AWS credentials configured)");
    expect(pricing.stats().lookups).toEqual({ snapshot: 1 });
  });

  it("asks AWS in auto mode with credentials, through the file cache", async () => {
    const api = pricingApi().post("/").reply(...ok([priceListItem("ec2-t3-medium-us-east-1")]));
    const pricing = await createPricing({ mode: "auto", env: {}, ...withCreds, aws, cacheDir: tmp() });
    expect((await pricing.price(t3medium)).source.label).toBe("AWS Price List API");
    expect(pricing.stats().lookups).toEqual({ "aws-price-list": 1, "file-cache": 1 });
    expect(api.isDone()).toBe(true);

    const restarted = await createPricing({ mode: "auto", env: {}, ...withCreds, aws, cacheDir: tmp() });
    expect((await restarted.price(t3medium)).sku).toBe("ABWVJ3XGNSQVFU43");
    expect(restarted.stats().lookups).toEqual({ "file-cache": 1 });
  });

  it("falls back to the labelled snapshot in auto mode when access is denied", async () => {
    pricingApi().post("/").reply(...awsError(400, "AccessDeniedException", "not authorized to perform: pricing:GetProducts"));
    const pricing = await createPricing({ mode: "auto", env: {}, ...withCreds, aws, cacheDir: tmp() });
    const price = await pricing.price(t3medium);
    expect(price.tiers[0].unitPrice.toString()).toBe("0.0416");
    expect(price.source.kind).toBe("snapshot");
    expect(price.source.label).toMatch(/; AWS Price List unavailable: access denied: .*pricing:GetProducts/);
  });

  it("does not fall back in aws mode: the reason reaches the user", async () => {
    pricingApi().post("/").reply(...awsError(400, "AccessDeniedException", "not authorized"));
    const pricing = await createPricing({ mode: "aws", env: {}, aws, cacheDir: tmp() });
    await expect(pricing.price(t3medium)).rejects.toThrow(/^AWS Price List unavailable: access denied/);
  });

  it("reads COSTGATE_PRICING and rejects unknown modes by name", async () => {
    const pricing = await createPricing({ env: { COSTGATE_PRICING: "snapshot", AWS_ACCESS_KEY_ID: "A", AWS_SECRET_ACCESS_KEY: "s" }, cacheDir: tmp() });
    expect(pricing.description).toBe("bundled snapshot");
    expect(parseMode(undefined)).toBe("auto");
    expect(() => parseMode("live")).toThrow("COSTGATE_PRICING=live is not a pricing mode; use one of snapshot, aws, auto");
  });
});
