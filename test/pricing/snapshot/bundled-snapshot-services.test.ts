import { equals, contains, type PriceQuery } from "../../../src/pricing/price-query.js";
import type { PriceProvider } from "../../../src/pricing/price-provider.js";
import { loadBundledSnapshot } from "../../../src/pricing/snapshot/load-snapshot.js";
import { createSnapshotProvider } from "../../../src/pricing/snapshot/snapshot-provider.js";

/** Spot checks of RDS, caches and the curated us-east-1 meters; numbers quoted from the upstream files. */
let snapshot: PriceProvider;
beforeAll(async () => {
  snapshot = createSnapshotProvider({ snapshot: await loadBundledSnapshot() });
});

const rds = (region: string, instanceType: string, databaseEngine: string, deploymentOption = "Single-AZ", extra: PriceQuery["attributes"] = []): PriceQuery => ({
  service: "AmazonRDS",
  region,
  productFamily: "Database Instance",
  attributes: [equals("instanceType", instanceType), equals("databaseEngine", databaseEngine), equals("deploymentOption", deploymentOption), ...extra],
});

const first = async (q: PriceQuery) => (await snapshot.lookup(q)).tiers[0].unitPrice.toString();

describe("RDS", () => {
  it("prices db.t3.micro MySQL in us-east-1 at 0.017/h", async () => {
    // rds-instance-single-az-hourly-2021-08.json regions.us-east-1.mysql["db.t3.micro"] 0.017
    expect(await first(rds("us-east-1", "db.t3.micro", "MySQL"))).toBe("0.017");
  });

  it("derives Multi-AZ as twice Single-AZ for MySQL in the 2021 regions, and says so", async () => {
    // 2021 table us-west-2 mysql db.m5.large 0.171 -> Multi-AZ 0.342
    const p = await snapshot.lookup(rds("us-west-2", "db.m5.large", "MySQL", "Multi-AZ"));
    expect(p.tiers[0].unitPrice.toString()).toBe("0.342");
    expect(p.description).toMatch(/2 x Single-AZ/);
    expect(p.source.asOf).toBe("2021-08-03");
  });

  it("uses the newer eu-west-1 table (2023) where it has the class, with its own Multi-AZ rate", async () => {
    // eu-west-1-2023-02.json rds_instance "MySQL|-|No license required|Multi-AZ" db.m5.large 0.378
    const p = await snapshot.lookup(rds("eu-west-1", "db.m5.large", "MySQL", "Multi-AZ"));
    expect(p.tiers[0].unitPrice.toString()).toBe("0.378");
    expect(p.source.asOf).toBe("2023-02-23");
  });

  it("needs edition and licence for SQL Server, where editions differ tenfold", async () => {
    // 2021 table us-east-1 sqlserver-se db.m5.xlarge 1.224 (re-confirmed by infracost golden 2026)
    const q = rds("us-east-1", "db.m5.xlarge", "SQL Server", "Single-AZ", [equals("databaseEdition", "Standard"), equals("licenseModel", "License included")]);
    expect(await first(q)).toBe("1.224");
  });

  it("does not invent Multi-AZ rates for SQL Server from the 2x rule", async () => {
    const q = rds("us-east-1", "db.m5.xlarge", "SQL Server", "Multi-AZ", [equals("databaseEdition", "Standard")]);
    await expect(snapshot.lookup(q)).rejects.toThrow("no bundled price for db.m5.xlarge, SQL Server, Multi-AZ, Standard (AmazonRDS, Database Instance) in us-east-1");
  });

  it("explains a class the 2021 data predates", async () => {
    await expect(snapshot.lookup({ service: "AmazonRDS", region: "eu-west-2", productFamily: "Database Instance", attributes: [equals("instanceType", "db.r7g.large")] })).rejects.toThrow(
      "no bundled price for db.r7g.large (AmazonRDS, Database Instance) in eu-west-2; configure AWS credentials for live prices",
    );
  });

  it("doubles gp3 storage and IOPS for Multi-AZ (curated factor)", async () => {
    // us-east-1-core.json rds.storage_gb_month_single_az.gp3 0.115, storage_multi_az_factor 2; gp3 IOPS 0.02 / 0.04
    const storage = (deploymentOption: string): PriceQuery => ({
      service: "AmazonRDS",
      region: "us-east-1",
      productFamily: "Database Storage",
      attributes: [equals("volumeType", "General Purpose-GP3"), equals("deploymentOption", deploymentOption), equals("databaseEngine", "Any")],
    });
    expect(await first(storage("Single-AZ"))).toBe("0.115");
    expect(await first(storage("Multi-AZ"))).toBe("0.23");
    const iops: PriceQuery = { service: "AmazonRDS", region: "us-east-1", productFamily: "Provisioned IOPS", attributes: [contains("usagetype", "Multi-AZ-GP3-PIOPS")] };
    expect(await first(iops)).toBe("0.04");
  });

  it("prices Aurora Serverless v2 per ACU-hour in both regions", async () => {
    // us-east-1-core.json aurora.serverless_v2_acu_hour 0.12; eu-west-1 "EU-Aurora:ServerlessV2Usage|Aurora MySQL" 0.14
    const acu = (region: string): PriceQuery => ({ service: "AmazonRDS", region, productFamily: "ServerlessV2", attributes: [equals("databaseEngine", "Aurora MySQL"), matches("Aurora:ServerlessV2Usage$")] });
    expect(await first(acu("us-east-1"))).toBe("0.12");
    expect(await first(acu("eu-west-1"))).toBe("0.14");
  });
});

function matches(regex: string) {
  return { key: "usagetype", regex };
}

describe("caches and search", () => {
  it("prices ElastiCache nodes per engine in 34 regions (2025-04)", async () => {
    // elasticache-node-hourly-2025-04.json us-east-1 Redis cache.t3.micro 0.017; eu-west-2 Valkey cache.r6g.large 0.192
    const node = (region: string, instanceType: string, cacheEngine: string): PriceQuery => ({ service: "AmazonElastiCache", region, productFamily: "Cache Instance", attributes: [equals("instanceType", instanceType), equals("cacheEngine", cacheEngine), equals("locationType", "AWS Region")] });
    expect(await first(node("us-east-1", "cache.t3.micro", "Redis"))).toBe("0.017");
    expect(await first(node("eu-west-2", "cache.r6g.large", "Valkey"))).toBe("0.192");
  });

  it("prices OpenSearch instances by their .search type, usagetype without the suffix", async () => {
    // opensearch-instance-hourly-2025-04.json us-east-1 r6g.large.search 0.167
    const p = await snapshot.lookup({ service: "AmazonES", region: "us-east-1", productFamily: "Amazon OpenSearch Service Instance", attributes: [equals("instanceType", "r6g.large.search"), contains("usagetype", "ESInstance")] });
    expect(p.tiers[0].unitPrice.toString()).toBe("0.167");
  });
});

describe("curated us-east-1 meters in published units", () => {
  it("converts DynamoDB WCU-month to the WCU-hour AWS publishes", async () => {
    // us-east-1-core.json dynamodb.provisioned_wcu_month 0.4745 = 0.00065 x 730
    const p = await snapshot.lookup({ service: "AmazonDynamoDB", region: "us-east-1", productFamily: "Provisioned IOPS", attributes: [equals("group", "DDB-WriteUnits")] });
    expect(p.tiers[0].unitPrice.toString()).toBe("0.00065");
    expect(p.unit).toBe("WriteCapacityUnit-Hrs");
    expect(p.description).toMatch(/\/ 730 h/);
  });

  it("keeps Lambda duration tiers in GB-seconds", async () => {
    // us-east-1-core.json lambda.x86_gb_second: first 6B 0.0000166667, next 9B 0.000015, over 15B 0.0000133334
    const p = await snapshot.lookup({ service: "AWSLambda", region: "us-east-1", productFamily: "Serverless", attributes: [equals("group", "AWS-Lambda-Duration")] });
    expect(p.tiers.map((t) => [t.from.toString(), t.to?.toString() ?? null, t.unitPrice.toFixed()])).toEqual([
      ["0", "6000000000", "0.0000166667"],
      ["6000000000", "15000000000", "0.000015"],
      ["15000000000", null, "0.0000133334"],
    ]);
  });

  it("skips SNS's free first million with startUsageAmount", async () => {
    // us-east-1-core.json sns.publish_per_million_over_first_1m 0.5
    const q: PriceQuery = { service: "AmazonSNS", region: "us-east-1", productFamily: "API Request", attributes: [contains("usagetype", "Requests-Tier1")] };
    expect((await snapshot.lookup(q)).tiers).toHaveLength(2);
    const paid = await snapshot.lookup({ ...q, startUsageAmount: "1000000" });
    expect(paid.tiers.map((t) => t.unitPrice.toFixed())).toEqual(["0.0000005"]);
  });

  it("prices global services under region \"global\"", async () => {
    // us-east-1-core.json route53.hosted_zone_month_first_25 0.5
    const p = await snapshot.lookup({ service: "AmazonRoute53", region: "global", productFamily: "DNS Zone", attributes: [equals("usagetype", "HostedZone")] });
    expect(p.tiers[0]).toMatchObject({ to: expect.anything() });
    expect(p.tiers[0].unitPrice.toString()).toBe("0.5");
    expect(p.tiers[0].to?.toString()).toBe("25");
  });

  it("uses the region code as KMS's usagetype prefix", async () => {
    // us-east-1-core.json kms.key_month 1.0
    expect(await first({ service: "awskms", region: "us-east-1", productFamily: "Encryption Key", attributes: [equals("usagetype", "us-east-1-KMS-Keys")] })).toBe("1");
  });
});
