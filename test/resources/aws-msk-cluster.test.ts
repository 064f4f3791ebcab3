import { costs, estimateFixture } from "./estimate-fixture.js";

const FIXTURE = "aws_msk_cluster";

describe("aws_msk_cluster", () => {
  it("bills broker hours and each broker's volume", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_msk_cluster.events")).toEqual([
      ["Broker instances (kafka.t3.small x 3)", "99.864"], // 3 x 0.0456 x 730
      ["Storage (100 GB x 3 brokers)", "30"], // 300 GB x 0.10
    ]);
  });

  it("keeps the storage it can price when the broker type has no bundled price", async () => {
    const cluster = (await estimateFixture(FIXTURE)).resources.find((r) => r.address === "aws_msk_cluster.big")!;
    expect(cluster.status).toBe("unknown");
    expect(cluster.reason).toBe(
      "Broker instances (kafka.m5.large x 6): no bundled price for AWS Region, Kafka.m5.large " +
        "(AmazonMSK, Managed Streaming for Apache Kafka (MSK)) in us-east-1; configure AWS credentials for live prices",
    );
    expect(cluster.monthlyCost?.toString()).toBe("600"); // 6 x 1,000 GB x 0.10
  });
});
