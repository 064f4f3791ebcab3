import { convertEc2Instances } from "../../../scripts/snapshot-sources/ec2-instances.js";
import { convertEuWest1 } from "../../../scripts/snapshot-sources/eu-west-1-2023.js";
import { curated, dec, per, tiersFromStarts } from "../../../scripts/snapshot-sources/kit.js";
import { mergeRecords } from "../../../scripts/snapshot-sources/merge-records.js";
import { convertRdsInstances2021 } from "../../../scripts/snapshot-sources/rds-instances-2021.js";

const upstream = { repo: "example/repo", license: "MIT", path: "data.json", commit: "c0ffee", data_date: "2023-02-23" };

describe("snapshot converters", () => {
  it("turns upstream JSON numbers into exact decimal strings", () => {
    expect(dec(5.5e-8)).toBe("0.000000055");
    expect(dec(1.66667e-5)).toBe("0.0000166667");
    expect(per(0.4745, 730)).toBe("0.00065");
    expect(per(0.03, 1e4)).toBe("0.000003");
    expect(tiersFromStarts([[1, 0.005], [0, 0]])).toEqual([
      { from: "0", to: "1", price: "0" },
      { from: "1", to: null, price: "0.005" },
    ]);
  });

  it("fails the build when a curated key is renamed instead of pricing it at $0", () => {
    const c = curated({ ebs: { gp3: { storage: 0.08 } }, msk: { "kafka.t3.small_hourly": 0.0456 } }, "core.json");
    expect(c.num("ebs.gp3.storage")).toBe(0.08);
    expect(c.num("msk.kafka\\.t3\\.small_hourly")).toBe(0.0456);
    expect(() => c.num("ebs.gp3.storage_gb")).toThrow("core.json has no ebs.gp3.storage_gb");
    expect(() => c.text("ebs.gp3.storage")).toThrow("core.json ebs.gp3.storage is not a string: 0.08");
  });

  it("EC2: regional usagetypes, bare metal as Dedicated, CNY regions left out", () => {
    const { records, sources } = convertEc2Instances({
      _meta: {
        sources: {
          karpenter: { repo: "aws/karpenter-provider-aws", license: "Apache-2.0", files: { "us-east-1": { path: "p", commit: "c", data_date: "2026-07-20T13:44:30Z" }, "us-gov-east-1,us-gov-west-1": { path: "g", commit: "c", data_date: "2026-07-20T13:44:38Z" } } },
          terracost: upstream,
        },
      },
      regions: {
        "us-east-1": { source: "karpenter", data_date: "2026-07-20", currency: "USD", prices: { "t3.micro": 0.0104, "c7i.metal-24xl": 4.284 } },
        "us-gov-west-1": { source: "karpenter", data_date: "2026-07-20", currency: "USD", prices: { "t3.micro": 0.0122 } },
        "eu-west-1": { source: "terracost", data_date: "2023-02-23", currency: "USD", prices: { "t3.micro": 0.0114 } },
        "cn-north-1": { source: "karpenter", data_date: "2024-11-06", currency: "CNY", prices: { "t3.micro": 0.0748 } },
      },
    });
    expect(records.map((r) => [r.region, r.productFamily, r.attributes.tenancy, r.attributes.usagetype, r.tiers[0].price])).toEqual([
      ["us-east-1", "Compute Instance", "Shared", "BoxUsage:t3.micro", "0.0104"],
      ["us-east-1", "Compute Instance (bare metal)", "Dedicated", "DedicatedUsage:c7i.metal-24xl", "4.284"],
      ["us-gov-west-1", "Compute Instance", "Shared", "UGW1-BoxUsage:t3.micro", "0.0122"],
      ["eu-west-1", "Compute Instance", "Shared", "EU-BoxUsage:t3.micro", "0.0114"],
    ]);
    expect(sources.map((s) => [s.id, s.asOf])).toEqual([
      ["karpenter-ec2-us-east-1", "2026-07-20"],
      ["karpenter-ec2-us-gov", "2026-07-20"],
      ["terracost-eu-west-1-2023-02", "2023-02-23"],
    ]);
  });

  it("RDS 2021: Multi-AZ derived only for the engines whose rule the source states", () => {
    const { records } = convertRdsInstances2021({
      _meta: { source: upstream },
      regions: { "eu-west-2": { mysql: { "db.m5.large": 0.198 }, "sqlserver-se": { "db.m5.xlarge": 1.376 }, "oracle-byol-code3": { "db.m5.large": 0.198 } } },
    });
    expect(records.map((r) => [r.attributes.databaseEngine, r.attributes.databaseEdition ?? "-", r.attributes.deploymentOption, r.attributes.usagetype, r.tiers[0].price])).toEqual([
      ["MySQL", "-", "Single-AZ", "EUW2-InstanceUsage:db.m5.large", "0.198"],
      ["MySQL", "-", "Multi-AZ", "EUW2-Multi-AZUsage:db.m5.large", "0.396"],
      ["SQL Server", "Standard", "Single-AZ", "EUW2-InstanceUsage:db.m5.xlarge", "1.376"],
    ]);
    expect(() => convertRdsInstances2021({ _meta: { source: upstream }, regions: { "eu-west-2": { "db2-se": { "db.m5.large": 1 } } } })).toThrow("unmapped engine db2-se");
  });

  it("eu-west-1: CPU credit keys become usagetype + operatingSystem, RDS Custom rows are left out", () => {
    const { records } = convertEuWest1({
      _meta: { source: upstream },
      ebs: {},
      ec2_other: { "EU-CPUCredits:t3:Windows": { productFamily: "CPU Credits", unit: "vCPU-Hours", tiers: [[0, 0.096]] } },
      elb: {},
      rds_instance: { "SQL Server|Web|NA|Single-AZ": { "db.m5.2xlarge": 1.5312 }, "Oracle|Standard Two|License included|Multi-AZ": { "db.m5.large": 1.1 } },
      rds_storage: {},
      rds_iops_throughput: {},
      rds_other: {},
      elasticache_instance: {},
    });
    expect(records.map((r) => r.attributes.usagetype + " " + (r.attributes.operatingSystem ?? r.attributes.databaseEdition))).toEqual(["EU-CPUCredits:t3 Windows", "EU-Multi-AZUsage:db.m5.large Standard Two"]);
  });

  it("keeps the newer source's price for one product and refuses duplicates within a source", () => {
    const src = (id: string, asOf: string) => ({ id, kind: "snapshot" as const, label: id, asOf, currency: "USD" as const });
    const rec = (source: string, price: string) => ({ service: "AmazonRDS", region: "eu-west-1", productFamily: "Database Instance", attributes: { instanceType: "db.m5.large", databaseEngine: "MySQL", deploymentOption: "Single-AZ" }, unit: "Hrs", tiers: [{ from: "0", to: null, price }], source });
    const merged = mergeRecords([
      { sources: [src("new", "2023-02-23")], records: [rec("new", "0.189")] },
      { sources: [src("old", "2021-08-03"), src("unused", "2020-01-01")], records: [rec("old", "0.18")] },
    ]);
    expect(merged.records.map((r) => r.tiers[0].price)).toEqual(["0.189"]);
    expect(merged.replaced).toBe(1);
    expect(merged.sources.map((s) => s.id)).toEqual(["new"]);
    expect(() => mergeRecords([{ sources: [src("a", "2026-01-01")], records: [rec("a", "1"), rec("a", "2")] }])).toThrow(/two records for one product from a/);
  });
});
