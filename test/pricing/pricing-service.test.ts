import { equals, type PriceQuery } from "../../src/pricing/price-query.js";
import { PriceNotFound } from "../../src/pricing/price.js";
import { createLookupCounter } from "../../src/pricing/price-provider.js";
import { createPricingService } from "../../src/pricing/pricing-service.js";
import { fakeProvider, hourly } from "./fake-provider.js";

const ec2 = (t: string): PriceQuery => ({ service: "AmazonEC2", region: "us-east-1", productFamily: "Compute Instance", attributes: [equals("instanceType", t)] });

describe("the pricing service", () => {
  it("looks each distinct query up once and answers repeats from memory", async () => {
    const fake = fakeProvider({ "t3.micro": hourly("0.0104"), "m5.large": hourly("0.096") });
    const service = createPricingService({ provider: fake.provider });
    const asked = ["t3.micro", "m5.large", "t3.micro", "t3.micro", "m5.large"];
    const prices = await Promise.all(asked.map((t) => service.price(ec2(t))));
    expect(prices.map((p) => p.tiers[0].unitPrice.toString())).toEqual(["0.0104", "0.096", "0.0104", "0.0104", "0.096"]);
    expect(fake.calls).toHaveLength(2);
    expect(service.stats()).toMatchObject({ distinctQueries: 2, memoryHits: 3 });
  });

  it("treats attribute order as the same query", async () => {
    const fake = fakeProvider({ "t3.micro,Linux": hourly("1"), "Linux,t3.micro": hourly("1") });
    const service = createPricingService({ provider: fake.provider });
    const a: PriceQuery = { service: "AmazonEC2", region: "us-east-1", attributes: [equals("instanceType", "t3.micro"), equals("operatingSystem", "Linux")] };
    await service.price(a);
    await service.price({ ...a, attributes: [...a.attributes].reverse() });
    expect(fake.calls).toHaveLength(1);
  });

  it("lets concurrent asks for one key share the lookup in flight", async () => {
    const fake = fakeProvider({ "t3.micro": hourly("0.0104") });
    const service = createPricingService({ provider: fake.provider });
    fake.hold();
    const first = service.price(ec2("t3.micro"));
    const second = service.price(ec2("t3.micro"));
    fake.release();
    expect(await first).toBe(await second);
    expect(fake.calls).toHaveLength(1);
    expect(service.stats().inFlightJoins).toBe(1);
  });

  it("remembers a PriceNotFound, with its message, instead of asking again", async () => {
    const fake = fakeProvider({});
    const service = createPricingService({ provider: fake.provider });
    await expect(service.price(ec2("db.r7g.large"))).rejects.toThrow(new PriceNotFound("no db.r7g.large"));
    await expect(service.price(ec2("db.r7g.large"))).rejects.toBeInstanceOf(PriceNotFound);
    expect(fake.calls).toHaveLength(1);
  });

  it("forgets an unexpected failure so the next ask tries again", async () => {
    const fake = fakeProvider({ "t3.micro": new TypeError("bug") });
    const service = createPricingService({ provider: fake.provider });
    await expect(service.price(ec2("t3.micro"))).rejects.toThrow("bug");
    await expect(service.price(ec2("t3.micro"))).rejects.toThrow("bug");
    expect(fake.calls).toHaveLength(2);
  });

  it("reports the lookups each provider counted", async () => {
    const counter = createLookupCounter();
    const fake = fakeProvider({ "t3.micro": hourly("1") });
    const counted = { name: "snapshot", lookup: (q: PriceQuery) => (counter.add("snapshot"), fake.provider.lookup(q)) };
    const service = createPricingService({ provider: counted, counter });
    await service.price(ec2("t3.micro"));
    await service.price(ec2("t3.micro"));
    expect(service.stats().lookups).toEqual({ snapshot: 1 });
  });
});
