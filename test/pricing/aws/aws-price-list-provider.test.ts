import nock from "nock";
import { createAwsPriceListProvider } from "../../../src/pricing/aws/aws-price-list-provider.js";
import { PriceListUnavailable } from "../../../src/pricing/price-errors.js";
import { contains, equals, matches, type PriceQuery } from "../../../src/pricing/price-query.js";
import { PriceNotFound } from "../../../src/pricing/price.js";
import { awsError, noWait, ok, priceListItem, pricingApi, TEST_CREDENTIALS, type GetProductsBody } from "./price-list-fixtures.js";

const now = () => new Date("2026-09-01T12:00:00Z");
const provider = (extra = {}) => createAwsPriceListProvider({ credentials: TEST_CREDENTIALS, retry: noWait, now, env: {}, ...extra });

const t3medium: PriceQuery = {
  service: "AmazonEC2",
  region: "us-east-1",
  productFamily: "Compute Instance",
  attributes: [equals("instanceType", "t3.medium"), equals("operatingSystem", "Linux"), equals("tenancy", "Shared"), equals("preInstalledSw", "NA"), contains("usagetype", "BoxUsage:")],
};

afterEach(() => nock.cleanAll());

describe("AWS Price List Query API source", () => {
  it("sends the query as GetProducts filters and reads the on-demand term only", async () => {
    let body: GetProductsBody | undefined;
    const api = pricingApi()
      .post("/", (b: GetProductsBody) => ((body = b), true))
      .reply(...ok([priceListItem("ec2-t3-medium-us-east-1")]));
    const price = await provider().lookup(t3medium);
    expect(body).toEqual({
      ServiceCode: "AmazonEC2",
      FormatVersion: "aws_v1",
      MaxResults: 100,
      Filters: [
        { Type: "TERM_MATCH", Field: "productFamily", Value: "Compute Instance" },
        { Type: "TERM_MATCH", Field: "regionCode", Value: "us-east-1" },
        { Type: "TERM_MATCH", Field: "instanceType", Value: "t3.medium" },
        { Type: "TERM_MATCH", Field: "operatingSystem", Value: "Linux" },
        { Type: "TERM_MATCH", Field: "tenancy", Value: "Shared" },
        { Type: "TERM_MATCH", Field: "preInstalledSw", Value: "NA" },
        { Type: "CONTAINS", Field: "usagetype", Value: "BoxUsage:" },
      ],
    });
    expect(price.tiers.map((t) => t.unitPrice.toString())).toEqual(["0.0416"]);
    expect(price).toMatchObject({ unit: "Hrs", sku: "ABWVJ3XGNSQVFU43", description: "$0.0416 per On Demand Linux t3.medium Instance Hour" });
    expect(price.source).toEqual({ kind: "aws-price-list", label: "AWS Price List API", asOf: "2026-09-01T12:00:00.000Z" });
    expect(api.isDone()).toBe(true);
  });

  it("follows NextToken to the last page before choosing", async () => {
    const tokens: (string | undefined)[] = [];
    const api = pricingApi()
      .post("/", (b: GetProductsBody) => (tokens.push(b.NextToken), b.NextToken === undefined))
      .reply(...ok([priceListItem("ec2-t3-medium-capacity-reservation-us-east-1")], "page-2"))
      .post("/", (b: GetProductsBody) => (tokens.push(b.NextToken), b.NextToken === "page-2"))
      .reply(...ok([priceListItem("ec2-t3-medium-us-east-1")]));
    const q = { ...t3medium, attributes: [...t3medium.attributes, equals("capacitystatus", "Used")] };
    const price = await provider().lookup(q);
    expect(price.sku).toBe("ABWVJ3XGNSQVFU43");
    expect(tokens).toEqual([undefined, "page-2"]);
    expect(api.isDone()).toBe(true);
  });

  it("applies regex matchers client-side and never sends them", async () => {
    let filters: GetProductsBody["Filters"];
    const api = pricingApi()
      .post("/", (b: GetProductsBody) => ((filters = b.Filters), true))
      .reply(...ok([priceListItem("alb-outposts-lcu-eu-central-1"), priceListItem("alb-lcu-eu-central-1")]));
    const q: PriceQuery = { service: "AWSELB", region: "eu-central-1", productFamily: "Load Balancer-Application", attributes: [matches("usagetype", "^([A-Z]{2,4}\\d?-)?LCUUsage$")] };
    const price = await provider().lookup(q);
    expect(price.sku).toBe("QN3VG5JH62PS9UR9");
    expect(price.unit).toBe("LCU-Hrs");
    expect(filters?.map((f) => f.Field)).toEqual(["productFamily", "regionCode"]);
    expect(api.isDone()).toBe(true);
  });

  it("keeps tiers in beginRange order with an open last tier", async () => {
    pricingApi().post("/").reply(...ok([priceListItem("s3-standard-storage-us-east-1")]));
    const price = await provider().lookup({ service: "AmazonS3", region: "us-east-1", productFamily: "Storage", attributes: [equals("volumeType", "Standard")] });
    expect(price.tiers.map((t) => [t.from.toString(), t.to?.toString() ?? "Inf", t.unitPrice.toString()])).toEqual([
      ["0", "51200", "0.023"],
      ["51200", "512000", "0.022"],
      ["512000", "Inf", "0.021"],
    ]);
  });

  it("asks for global services without a region filter", async () => {
    let filters: GetProductsBody["Filters"];
    pricingApi()
      .post("/", (b: GetProductsBody) => ((filters = b.Filters), true))
      .reply(...ok([priceListItem("route53-hosted-zone-global")]));
    const price = await provider().lookup({ service: "AmazonRoute53", region: "global", productFamily: "DNS Zone", attributes: [equals("usagetype", "HostedZone")], startUsageAmount: "25" });
    expect(filters).toEqual([
      { Type: "TERM_MATCH", Field: "productFamily", Value: "DNS Zone" },
      { Type: "TERM_MATCH", Field: "usagetype", Value: "HostedZone" },
    ]);
    expect(price.tiers.map((t) => t.unitPrice.toString())).toEqual(["0.1"]);
  });

  it("filters by location for services configured without regionCode", async () => {
    let filters: GetProductsBody["Filters"];
    pricingApi()
      .post("/", (b: GetProductsBody) => ((filters = b.Filters), true))
      .reply(...ok([]));
    const p = provider({ locationFilteredServices: new Set(["AmazonExample"]) });
    await expect(p.lookup({ service: "AmazonExample", region: "eu-west-2", attributes: [] })).rejects.toThrow(PriceNotFound);
    expect(filters).toEqual([{ Type: "TERM_MATCH", Field: "location", Value: "EU (London)" }]);
  });

  it("answers 'no such product' as a PriceNotFound naming the query", async () => {
    pricingApi().post("/").reply(...ok([]));
    await expect(provider().lookup({ ...t3medium, region: "eu-west-2", attributes: [equals("instanceType", "t3.huge")] })).rejects.toThrow(
      "the AWS Price List has no on-demand price for t3.huge (AmazonEC2, Compute Instance) in eu-west-2; check the resource's type, engine and region",
    );
  });

  it("uses COSTGATE_PRICING_ENDPOINT when set", async () => {
    const api = pricingApi("http://127.0.0.1:4599").post("/").reply(...ok([priceListItem("ec2-t3-medium-us-east-1")]));
    const p = createAwsPriceListProvider({ credentials: TEST_CREDENTIALS, retry: noWait, env: { COSTGATE_PRICING_ENDPOINT: "http://127.0.0.1:4599" } });
    await p.lookup(t3medium);
    expect(api.isDone()).toBe(true);
  });
});

describe("AWS Price List errors", () => {
  it("retries throttling and 5xx with growing, jittered waits, then succeeds", async () => {
    const waits: number[] = [];
    const api = pricingApi()
      .post("/")
      .reply(...awsError(400, "ThrottlingException", "Rate exceeded"))
      .post("/")
      .reply(...awsError(500, "InternalErrorException", "internal"))
      .post("/")
      .reply(...ok([priceListItem("ec2-t3-medium-us-east-1")]));
    const p = provider({ retry: { sleep: async (ms: number) => void waits.push(ms), random: () => 0.5, baseMs: 100, maxMs: 1000 } });
    expect((await p.lookup(t3medium)).sku).toBe("ABWVJ3XGNSQVFU43");
    expect(waits).toEqual([50, 100]);
    expect(p.requests()).toBe(3);
    expect(api.isDone()).toBe(true);
  });

  it("gives up on persistent throttling with a PriceListUnavailable that is not sticky", async () => {
    pricingApi().post("/").times(3).reply(...awsError(400, "ThrottlingException", "Rate exceeded"));
    const err = await provider({ retry: { ...noWait, attempts: 3 } }).lookup(t3medium).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PriceListUnavailable);
    expect((err as PriceListUnavailable).message).toMatch(/throttled by AWS after several retries while pricing t3.medium/);
    expect((err as PriceListUnavailable).persistent).toBe(false);
  });

  it("names the IAM action when access is denied, and does not retry", async () => {
    const api = pricingApi()
      .post("/")
      .reply(...awsError(400, "AccessDeniedException", "User: arn:aws:iam::123456789012:user/ci is not authorized to perform: pricing:GetProducts"));
    const err = (await provider().lookup(t3medium).catch((e: unknown) => e)) as PriceListUnavailable;
    expect(err).toBeInstanceOf(PriceListUnavailable);
    expect(err.message).toMatch(/^AWS Price List unavailable: access denied: the AWS credentials need the IAM action pricing:GetProducts/);
    expect(err.persistent).toBe(true);
    expect(api.isDone()).toBe(true);
  });

  it("says how to configure credentials when there are none", async () => {
    const missing = Object.assign(new Error("Could not load credentials from any providers"), { name: "CredentialsProviderError" });
    const p = provider({ credentials: async () => Promise.reject(missing) });
    await expect(p.lookup(t3medium)).rejects.toThrow(/no AWS credentials found \(set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE/);
  });

  it("reports a rejected query as not found for that query", async () => {
    pricingApi().post("/").reply(...awsError(400, "InvalidParameterException", "Input for filter is invalid"));
    const err = await provider().lookup(t3medium).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PriceNotFound);
    expect(err).not.toBeInstanceOf(PriceListUnavailable);
    expect((err as Error).message).toMatch(/rejected the query for t3.medium.*Input for filter is invalid/);
  });

  it("restarts pagination once when AWS expires the token", async () => {
    const api = pricingApi()
      .post("/")
      .reply(...ok([], "stale"))
      .post("/", (b: GetProductsBody) => b.NextToken === "stale")
      .reply(...awsError(400, "ExpiredNextTokenException", "token expired"))
      .post("/", (b: GetProductsBody) => b.NextToken === undefined)
      .reply(...ok([priceListItem("ec2-t3-medium-us-east-1")]));
    expect((await provider().lookup(t3medium)).sku).toBe("ABWVJ3XGNSQVFU43");
    expect(api.isDone()).toBe(true);
  });

  it("keeps at most `concurrency` requests in flight", async () => {
    let inFlight = 0;
    let peak = 0;
    pricingApi()
      .post("/")
      .times(12)
      .reply(async () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 10));
        inFlight--;
        return ok([priceListItem("ec2-t3-medium-us-east-1")]);
      });
    const p = provider({ concurrency: 5 });
    const types = Array.from({ length: 12 }, (_, i) => `t3.size${i}`);
    await Promise.allSettled(types.map((t) => p.lookup({ ...t3medium, attributes: [equals("instanceType", t)] })));
    expect(p.requests()).toBe(12);
    expect(peak).toBe(5);
  });
});
