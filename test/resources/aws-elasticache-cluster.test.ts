import { costs, estimateFixture } from "./estimate-fixture.js";

const FIXTURE = "aws_elasticache_cluster";

describe("aws_elasticache_cluster", () => {
  it("multiplies the node price by num_cache_nodes", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_elasticache_cluster.memcached")).toEqual([
      ["ElastiCache (on-demand, Memcached, cache.m5.large x 3)", "341.64"], // 3 x 0.156 x 730
    ]);
  });

  it("bills each retained snapshot after the first from usage", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_elasticache_cluster.redis")).toEqual([
      ["ElastiCache (on-demand, Redis, cache.t4g.micro)", "11.68"], // 0.016 x 730
      ["Backup storage", "0.68"], // 2 GB x (5 - 1) snapshots x 0.085
    ]);
  });

  it("prices Valkey at its own (lower) rate in eu-west-1", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_elasticache_cluster.valkey_ireland")).toEqual([
      ["ElastiCache (on-demand, Valkey, cache.r7g.large)", "141.912"], // 0.1944 x 730
    ]);
  });

  it("leaves a replication group's member cluster to the group", async () => {
    const member = (await estimateFixture(FIXTURE)).resources.find((r) => r.address === "aws_elasticache_cluster.member")!;
    expect(member).toMatchObject({ status: "priced", components: [] });
    expect(member.monthlyCost?.toString()).toBe("0");
  });
});

describe("aws_elasticache_replication_group", () => {
  it("counts num_cache_clusters nodes when cluster mode is off", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_elasticache_replication_group.primary_replicas")).toEqual([
      ["ElastiCache (on-demand, Redis, cache.r7g.large x 3)", "479.61"], // 3 x 0.219 x 730
    ]);
  });

  it("counts shards x (replicas + 1) in cluster mode, with redis by default", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_elasticache_replication_group.sharded")).toEqual([
      ["ElastiCache (on-demand, Redis, cache.m5.large x 9)", "1024.92"], // 3 x (2 + 1) x 0.156 x 730
      ["Backup storage", null], // retention 3: usage-based, no usage given
    ]);
  });

  it("defaults to one node", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_elasticache_replication_group.single")).toEqual([
      ["ElastiCache (on-demand, Valkey, cache.t4g.micro)", "9.344"], // 0.0128 x 730
    ]);
  });

  it("names an engine it cannot price", async () => {
    const group = (await estimateFixture(FIXTURE)).resources.find((r) => r.address === "aws_elasticache_replication_group.unknown_engine")!;
    expect(group).toMatchObject({ status: "unknown", reason: 'engine is unknown: "mongodb" is not redis, valkey or memcached' });
  });
});
