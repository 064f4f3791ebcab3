import { withSnapshotFallback } from "../../src/pricing/fallback-provider.js";
import { PriceListUnavailable } from "../../src/pricing/price-errors.js";
import { equals, type PriceQuery } from "../../src/pricing/price-query.js";
import { PriceNotFound } from "../../src/pricing/price.js";
import { fakeProvider, hourly } from "./fake-provider.js";

const q = (t: string): PriceQuery => ({ service: "AmazonEC2", region: "us-east-1", productFamily: "Compute Instance", attributes: [equals("instanceType", t)] });
const denied = () => new PriceListUnavailable("access denied: the AWS credentials need the IAM action pricing:GetProducts", true);

describe("live prices with the snapshot behind them (auto mode)", () => {
  it("prefers the live answer", async () => {
    const live = fakeProvider({ "t3.micro": hourly("0.0104", "AWS Price List API") });
    const snap = fakeProvider({ "t3.micro": hourly("0.0100", "bundled snapshot") });
    const price = await withSnapshotFallback(live.provider, snap.provider).lookup(q("t3.micro"));
    expect(price.source.label).toBe("AWS Price List API");
    expect(snap.calls).toHaveLength(0);
  });

  it("does not let the older snapshot contradict AWS saying a product does not exist", async () => {
    const live = fakeProvider({});
    const snap = fakeProvider({ "m1.small": hourly("0.044") });
    await expect(withSnapshotFallback(live.provider, snap.provider).lookup(q("m1.small"))).rejects.toThrow("no m1.small");
    expect(snap.calls).toHaveLength(0);
  });

  it("falls back when AWS cannot be asked, and the price says so", async () => {
    const live = fakeProvider({ "t3.micro": denied() });
    const snap = fakeProvider({ "t3.micro": hourly("0.0104", "bundled snapshot: EC2 table (2026-07-20)") });
    const price = await withSnapshotFallback(live.provider, snap.provider).lookup(q("t3.micro"));
    expect(price.tiers[0].unitPrice.toString()).toBe("0.0104");
    expect(price.source.label).toBe("bundled snapshot: EC2 table (2026-07-20); AWS Price List unavailable: access denied: the AWS credentials need the IAM action pricing:GetProducts");
  });

  it("stops asking AWS after a failure that would repeat, warning once", async () => {
    const warnings: string[] = [];
    const live = fakeProvider({ "t3.micro": denied(), "m5.large": hourly("0.096") });
    const snap = fakeProvider({ "t3.micro": hourly("0.0104"), "m5.large": hourly("0.096") });
    const p = withSnapshotFallback(live.provider, snap.provider, { debug() {}, warn: (_o, m) => warnings.push(m) });
    await p.lookup(q("t3.micro"));
    await p.lookup(q("m5.large"));
    expect(live.calls).toHaveLength(1);
    expect(snap.calls).toHaveLength(2);
    expect(warnings).toHaveLength(1);
  });

  it("keeps asking AWS after a one-off failure such as throttling", async () => {
    const live = fakeProvider({ "t3.micro": new PriceListUnavailable("throttled by AWS after several retries", false), "m5.large": hourly("0.096", "AWS Price List API") });
    const snap = fakeProvider({ "t3.micro": hourly("0.0104") });
    const p = withSnapshotFallback(live.provider, snap.provider);
    await p.lookup(q("t3.micro"));
    expect((await p.lookup(q("m5.large"))).source.label).toBe("AWS Price List API");
  });

  it("names both reasons when neither source has the price", async () => {
    const live = fakeProvider({ "db.r7g.large": denied() });
    const snap = fakeProvider({});
    const err = await withSnapshotFallback(live.provider, snap.provider).lookup(q("db.r7g.large")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PriceNotFound);
    expect((err as Error).message).toBe(
      "no bundled price for db.r7g.large (AmazonEC2, Compute Instance) in us-east-1, and the AWS Price List is unavailable: access denied: the AWS credentials need the IAM action pricing:GetProducts",
    );
  });
});
