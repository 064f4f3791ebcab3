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

  it("keeps only the tier that starts at startUsageAmount, and drops records without one", () => {
    const idle: PriceRecord = { ...row("EU-ElasticIP:IdleAddress", "0", "EIP"), tiers: [{ from: "0", to: "1", price: "0" }, { from: "1", to: null, price: "0.005" }] };
    const flat = row("EU-ElasticIP:IdleAddress", "0.004", "OTHER");
    const chosen = choosePrice([idle, flat], { ...q, startUsageAmount: "1" });
    expect(chosen?.sku).toBe("EIP");
    expect(chosen?.tiers).toEqual([{ from: "1", to: null, price: "0.005" }]);
    expect(choosePrice([flat], { ...q, startUsageAmount: "1000000" })).toBeUndefined();
  });

  it("returns nothing for no matches", () => {
    expect(choosePrice([], q)).toBeUndefined();
  });
});
