import { choosePrice } from "../../src/pricing/choose-price.js";
import { contains, type PriceQuery } from "../../src/pricing/price-query.js";
import type { PriceRecord } from "../../src/pricing/price-record.js";
import type { PricingLogger } from "../../src/pricing/pricing-logger.js";

const q: PriceQuery = { service: "AWSELB", region: "ca-central-1", productFamily: "Load Balancer-Application", attributes: [contains("usagetype", "LoadBalancerUsage")] };

const row = (usagetype: string, price: string, sku: string): PriceRecord => ({
  service: "AWSELB",
  region: "ca-central-1",
  productFamily: "Load Balancer-Application",
  attributes: { usagetype, operation: "LoadBalancing:Application" },
  unit: "Hrs",
  tiers: [{ from: "0", to: null, price }],
  sku,
  source: "s",
});

// Shapes seen in the ca-central-1 offer file: the ALB hour, its Outposts twin and the mTLS trust-store hour.
const alb = row("CAN1-LoadBalancerUsage", "0.02475", "SKU-B");
const outposts = row("CAN1-Outposts-LoadBalancerUsage", "0.0", "SKU-A");
const trustStore = row("CAN1-TS-LoadBalancerUsage", "0.0055", "SKU-C");

describe("choosing one price among matches", () => {
  it("drops Outposts and trust-store variants the query did not ask for, even when cheaper", () => {
    expect(choosePrice([trustStore, outposts, alb], q)).toBe(alb);
  });

  it("keeps a variant the query names", () => {
    const asked: PriceQuery = { ...q, attributes: [contains("usagetype", "TS-LoadBalancerUsage")] };
    expect(choosePrice([trustStore, alb], asked)?.sku).toBe("SKU-C");
  });

  it("prefers a paid row over a $0 placeholder, but returns a published $0 when it is all there is", () => {
    const placeholder = row("CAN1-LoadBalancerUsage", "0", "SKU-0");
    expect(choosePrice([placeholder, alb], q)).toBe(alb);
    expect(choosePrice([placeholder], q)).toBe(placeholder);
  });

  it("picks the cheapest, then the lowest SKU, whatever the input order, and logs the choice", () => {
    const a = row("CAN1-LoadBalancerUsage", "0.03", "SKU-2");
    const b = row("CAN1-LoadBalancerUsage", "0.02", "SKU-9");
    const c = row("CAN1-LoadBalancerUsage", "0.02", "SKU-1");
    const lines: string[] = [];
    const log: PricingLogger = { debug: (_o, msg) => lines.push(msg), warn: () => {} };
    expect(choosePrice([a, b, c], q, log)?.sku).toBe("SKU-1");
    expect(choosePrice([c, a, b], q)?.sku).toBe("SKU-1");
    expect(lines).toEqual(["price query matched 3 products; chose the cheapest"]);
  });

  it("skips a per-account free allowance: the tiers from startUsageAmount on, shifted to start at 0", () => {
    // SNS: the first 1M requests a month are free per account; a topic is billed from its first request.
    const sns: PriceRecord = {
      ...row("EU-Requests-Tier1", "0", "SNS"),
      tiers: [{ from: "0", to: "1000000", price: "0" }, { from: "1000000", to: "1000000000", price: "0.0000005" }, { from: "1000000000", to: null, price: "0.0000004" }],
    };
    expect(choosePrice([sns], { ...q, startUsageAmount: "1000000" })?.tiers).toEqual([
      { from: "0", to: "999000000", price: "0.0000005" },
      { from: "999000000", to: null, price: "0.0000004" },
    ]);
  });

  it("keeps a record published without the free tier as it is, and drops one whose tiers break elsewhere", () => {
    const paidOnly = row("EU-TimedStorage-ByteHrs", "0.25", "DDB");
    expect(choosePrice([paidOnly], { ...q, startUsageAmount: "25" })?.tiers).toEqual(paidOnly.tiers);
    const otherBreaks: PriceRecord = { ...row("EU-TimedStorage-ByteHrs", "0", "S3"), tiers: [{ from: "0", to: "50", price: "0.023" }, { from: "50", to: null, price: "0.022" }] };
    expect(choosePrice([otherBreaks], { ...q, startUsageAmount: "25" })).toBeUndefined();
  });

  it("returns nothing for no matches", () => {
    expect(choosePrice([], q)).toBeUndefined();
  });
});
