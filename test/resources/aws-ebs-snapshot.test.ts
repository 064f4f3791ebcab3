import type { ProjectBreakdown } from "../../src/estimate/breakdown-types.js";
import { priceTable } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

describe("aws_ebs_snapshot / aws_ebs_snapshot_copy", () => {
  let breakdown: ProjectBreakdown;
  beforeAll(async () => {
    breakdown = await estimateFixture("aws_ebs_snapshot");
  });

  it("stores at most the referenced volume's size, at the eu-west-1 snapshot price", () => {
    expect(costs(breakdown, "aws_ebs_snapshot.nightly")).toEqual([["Snapshot storage", "5"]]); // 100 GB x 0.05
  });

  it("takes the stored GB from usage monthly_gb", () => {
    expect(costs(breakdown, "aws_ebs_snapshot.measured")).toEqual([["Snapshot storage", "2"]]); // 40 GB x 0.05
  });

  it("prices the archive tier with its own usagetype", () => {
    expect(costs(breakdown, "aws_ebs_snapshot.archived")).toEqual([["Snapshot storage (archive)", "1.25"]]); // 100 GB x 0.0125
  });

  it("follows a copy to its source snapshot's volume", () => {
    expect(costs(breakdown, "aws_ebs_snapshot_copy.dr")).toEqual([["Snapshot storage", "5"]]);
  });

  it("leaves the size to usage when the volume is outside the configuration", () => {
    expect(costs(breakdown, "aws_ebs_snapshot.imported")).toEqual([["Snapshot storage", null]]);
  });

  it("says the us-east-1 snapshot price is missing from the bundled snapshot, and prices it from the Price List", async () => {
    const b = await estimateFixture("aws_ebs_snapshot/us-east-1");
    const nightly = b.resources.find((r) => r.address === "aws_ebs_snapshot.nightly")!;
    expect([nightly.status, nightly.monthlyCost]).toEqual(["unknown", null]);
    expect(nightly.components[0]!.unknownReason).toMatch(/^no bundled price for .*EBS:SnapshotUsage.*in us-east-1; configure AWS credentials for live prices$/);
    const prices = priceTable([
      // Amazon EBS pricing, US East (N. Virginia): snapshots $0.05 per GB-month (standard tier).
      { service: "AmazonEC2", productFamily: "Storage Snapshot", unit: "GB-Mo", price: "0.05", attributes: { usagetype: "EBS:SnapshotUsage" } },
      { service: "AmazonEC2", productFamily: "Storage", unit: "GB-Mo", price: "0.10", attributes: { volumeApiName: "gp2", usagetype: "EBS:VolumeUsage.gp2" } },
    ]);
    expect(costs(await estimateFixture("aws_ebs_snapshot/us-east-1", { prices }), "aws_ebs_snapshot.nightly")).toEqual([["Snapshot storage", "4"]]); // 80 GB x 0.05
  });
});
