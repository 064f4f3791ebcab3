import { equals, contains, matches, type PriceQuery } from "../../../src/pricing/price-query.js";
import { PriceNotFound } from "../../../src/pricing/price.js";
import { loadBundledSnapshot } from "../../../src/pricing/snapshot/load-snapshot.js";
import { createSnapshotProvider } from "../../../src/pricing/snapshot/snapshot-provider.js";
import type { PriceProvider } from "../../../src/pricing/price-provider.js";

/**
 * Spot checks of the committed snapshot against the public data it was built from. Each
 * expected number is quoted from the upstream file named in the comment (copies in
 * /work/shared/prices, sources in data/prices/manifest.json).
 */
let snapshot: PriceProvider;
beforeAll(async () => {
  snapshot = createSnapshotProvider({ snapshot: await loadBundledSnapshot() });
});

const ec2 = (region: string, instanceType: string): PriceQuery => ({
  service: "AmazonEC2",
  region,
  productFamily: "Compute Instance",
  attributes: [equals("instanceType", instanceType), equals("operatingSystem", "Linux"), equals("tenancy", "Shared"), equals("preInstalledSw", "NA"), equals("capacitystatus", "Used")],
});

const rds = (region: string, instanceType: string, engine: string, deploymentOption = "Single-AZ"): PriceQuery => ({
  service: "AmazonRDS",
  region,
  productFamily: "Database Instance",
  attributes: [equals("instanceType", instanceType), equals("databaseEngine", engine), equals("deploymentOption", deploymentOption)],
});

async function rate(q: PriceQuery): Promise<string> {
  const p = await snapshot.lookup(q);
  expect(p.tiers).toHaveLength(1);
  return p.tiers[0].unitPrice.toString();
}

describe("EC2 instances", () => {
  it("prices t3.medium in us-east-1 at 0.0416/h from the karpenter table (2026-07-20)", async () => {
    // ec2-linux-ondemand-hourly.json regions.us-east-1.prices["t3.medium"] = 0.0416
    const p = await snapshot.lookup(ec2("us-east-1", "t3.medium"));
    expect(p.tiers[0].unitPrice.toString()).toBe("0.0416");
    expect(p.unit).toBe("Hrs");
    expect(p.source).toEqual({ kind: "snapshot", label: expect.stringContaining("aws/karpenter-provider-aws"), asOf: "2026-07-20" });
  });

  it("prices GovCloud and eu-west-1 from their own rows, never us-east-1's", async () => {
    // us-gov-west-1 0.0488 (karpenter, 2026-07-20); eu-west-1 0.0456 (terracost, 2023-02-23)
    expect(await rate(ec2("us-gov-west-1", "t3.medium"))).toBe("0.0488");
    const eu = await snapshot.lookup(ec2("eu-west-1", "t3.medium"));
    expect(eu.tiers[0].unitPrice.toString()).toBe("0.0456");
    expect(eu.source.asOf).toBe("2023-02-23");
  });

  it("finds bare-metal sizes in their own family with tenancy Dedicated", async () => {
    // us-east-1 m5.metal 4.608 (karpenter, fetched with tenancy=Dedicated, family "Compute Instance (bare metal)")
    const q: PriceQuery = { service: "AmazonEC2", region: "us-east-1", productFamily: "Compute Instance (bare metal)", attributes: [equals("instanceType", "m5.metal"), equals("tenancy", "Dedicated")] };
    expect(await rate(q)).toBe("4.608");
    await expect(snapshot.lookup(ec2("us-east-1", "m5.metal"))).rejects.toThrow(PriceNotFound);
  });

  it("leaves the CNY-priced cn-north-1 out instead of mixing currencies", async () => {
    await expect(snapshot.lookup(ec2("cn-north-1", "t3.medium"))).rejects.toThrow(/no AmazonEC2 prices for cn-north-1/);
  });
});

describe("usagetype prefixes differ by region", () => {
  const nat = (region: string, usage: PriceQuery["attributes"][number]): PriceQuery => ({ service: "AmazonEC2", region, productFamily: "NAT Gateway", attributes: [usage] });

  it("matches NAT gateway hours by suffix in us-east-1 (unprefixed) and eu-west-1 (EU-)", async () => {
    // us-east-1-core.json nat_gateway.hourly 0.045; eu-west-1-2023-02.json ec2_other["EU-NatGateway-Hours"] 0.048
    expect(await rate(nat("us-east-1", contains("usagetype", "NatGateway-Hours")))).toBe("0.045");
    expect(await rate(nat("eu-west-1", contains("usagetype", "NatGateway-Hours")))).toBe("0.048");
    expect(await rate(nat("eu-west-1", equals("usagetype", "EU-NatGateway-Hours")))).toBe("0.048");
    await expect(snapshot.lookup(nat("eu-west-1", equals("usagetype", "NatGateway-Hours")))).rejects.toThrow(PriceNotFound);
  });

  it("matches infracost's ELB regex in both regions and never picks the $0 Outposts row", async () => {
    const lcu = (region: string): PriceQuery => ({
      service: "AWSELB",
      region,
      productFamily: "Load Balancer-Application",
      attributes: [equals("locationType", "AWS Region"), matches("usagetype", "LCUUsage")],
    });
    // us-east-1-core.json elb.application.lcu_hour 0.008; eu-west-1 "EU-LCUUsage" 0.008 next to "EU-Outposts-LCUUsage" 0.0
    expect(await rate(lcu("us-east-1"))).toBe("0.008");
    const eu = await snapshot.lookup(lcu("eu-west-1"));
    expect(eu.tiers[0].unitPrice.toString()).toBe("0.008");
    const hourly: PriceQuery = { service: "AWSELB", region: "eu-west-1", productFamily: "Load Balancer-Application", attributes: [matches("usagetype", "^([A-Z]{2,4}\\d?-)?LoadBalancerUsage$")] };
    expect(await rate(hourly)).toBe("0.0252");
  });

  it("prices the gateway load balancer from its own family (eu-west-1 only)", async () => {
    // eu-west-1-2023-02.json elb["Load Balancer-Gateway|EU-LoadBalancerUsage"] 0.014
    const gwlb = (region: string): PriceQuery => ({ service: "AWSELB", region, productFamily: "Load Balancer-Gateway", attributes: [contains("usagetype", "LoadBalancerUsage")] });
    expect(await rate(gwlb("eu-west-1"))).toBe("0.014");
    await expect(snapshot.lookup(gwlb("us-east-1"))).rejects.toThrow("no bundled price for LoadBalancerUsage (AWSELB, Load Balancer-Gateway) in us-east-1");
  });
});

describe("EBS, public IPv4, EKS", () => {
  it("prices gp3 storage at 0.08 GB-Mo and io2 storage in its published unit GB-month", async () => {
    // us-east-1-core.json ebs.gp3.storage 0.08, ebs.io2.storage 0.125
    const storage = (v: string): PriceQuery => ({ service: "AmazonEC2", region: "us-east-1", productFamily: "Storage", attributes: [equals("volumeApiName", v)] });
    expect(await rate(storage("gp3"))).toBe("0.08");
    const io2 = await snapshot.lookup(storage("io2"));
    expect(io2.unit).toBe("GB-month");
    expect(io2.tiers[0].unitPrice.toString()).toBe("0.125");
  });

  it("publishes gp3 throughput per GiBps-mo: 0.04 per MiBps-month x 1024", async () => {
    // us-east-1-core.json ebs.gp3.throughput_above_125_per_MiBps_month 0.04
    const p = await snapshot.lookup({ service: "AmazonEC2", region: "us-east-1", productFamily: "Provisioned Throughput", attributes: [equals("volumeApiName", "gp3")] });
    expect(p.unit).toBe("GiBps-mo");
    expect(p.tiers[0].unitPrice.toString()).toBe("40.96");
    expect(p.description).toMatch(/x 1024/);
  });

  it("prices every public IPv4 under AmazonVPC, which has no product family", async () => {
    // us-east-1-core.json public_ipv4.hourly_in_use_or_idle 0.005
    const q: PriceQuery = { service: "AmazonVPC", region: "us-east-1", attributes: [contains("usagetype", "PublicIPv4:InUseAddress")] };
    expect(await rate(q)).toBe("0.005");
  });

  it("prices EKS extended support as the surcharge on top of the cluster hour", async () => {
    // us-east-1-core.json eks: standard 0.1, extended support total 0.6 -> surcharge 0.5
    const eks = (suffix: string): PriceQuery => ({ service: "AmazonEKS", region: "us-east-1", productFamily: "Compute", attributes: [contains("usagetype", suffix)] });
    expect(await rate(eks("AmazonEKS-Hours:perCluster"))).toBe("0.1");
    expect(await rate(eks("AmazonEKS-Hours:extendedSupport"))).toBe("0.5");
  });
});
