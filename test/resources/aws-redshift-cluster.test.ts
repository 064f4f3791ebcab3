import { costs, estimateFixture } from "./estimate-fixture.js";

const FIXTURE = "aws_redshift_cluster";

describe("aws_redshift_cluster", () => {
  it("defaults to one node", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_redshift_cluster.single")).toEqual([["Cluster usage (on-demand, dc2.large)", "182.5"]]); // 0.25 x 730
  });

  it("multiplies nodes and bills RA3 managed storage from usage", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_redshift_cluster.ra3")).toEqual([
      ["Cluster usage (on-demand, ra3.4xlarge x 3)", "7139.4"], // 3 x 3.26 x 730
      ["Managed storage", "120"], // 5,000 GB x 0.024
    ]);
  });

  it("bills a Multi-AZ cluster's nodes in both zones", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_redshift_cluster.ra3_multi_az")).toEqual([
      ["Cluster usage (on-demand, ra3.16xlarge x 4, Multi-AZ)", "38076.8"], // 2 nodes x 2 zones x 13.04 x 730
      ["Managed storage", null],
    ]);
  });

  it("says the bundled snapshot has no price for a node type it lacks", async () => {
    const cluster = (await estimateFixture(FIXTURE)).resources.find((r) => r.address === "aws_redshift_cluster.newer_node")!;
    expect(cluster).toMatchObject({
      status: "unknown",
      reason: "Cluster usage (on-demand, ra3.xlplus): no bundled price for ra3.xlplus (AmazonRedshift, Compute Instance) in us-east-1; configure AWS credentials for live prices",
      monthlyCost: null,
    });
  });
});
