import type { ProjectBreakdown } from "../../src/estimate/breakdown-types.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

describe("aws_ebs_volume", () => {
  let breakdown: ProjectBreakdown;
  beforeAll(async () => {
    breakdown = await estimateFixture("aws_ebs_volume");
  });

  it.each([
    ["gp2", [["Storage (gp2)", "10"]]], // default type gp2: 100 GB x 0.10
    ["gp3", [
      ["Storage (gp3)", "8"], // 100 GB x 0.08
      ["Provisioned IOPS (above 3,000)", "5"], // 1,000 x 0.005
      ["Provisioned throughput (above 125 MBps)", "5"], // 125 MiBps x 40.96 / 1024
    ]],
    ["io1", [["Storage (io1)", "25"], ["Provisioned IOPS", "325"]]], // 200 x 0.125; 5,000 x 0.065
    ["io2", [
      ["Storage (io2)", "12.5"], // 100 x 0.125 (published per GB-month)
      ["Provisioned IOPS (up to 32,000)", "2080"], // 32,000 x 0.065
      ["Provisioned IOPS (32,001 to 64,000)", "1456"], // 32,000 x 0.0455
      ["Provisioned IOPS (over 64,000)", "191.1"], // 6,000 x 0.03185
    ]],
    ["st1", [["Storage (st1)", "22.5"]]], // 500 x 0.045
    ["sc1", [["Storage (sc1)", "15"]]], // 1,000 x 0.015
    ["magnetic", [["Storage (standard)", "2.5"], ["I/O requests", "0.5"]]], // 50 x 0.05; 10M requests x 0.05 per 1M
  ])("prices a %s volume", (name, expected) => {
    expect(costs(breakdown, `aws_ebs_volume.${name}`)).toEqual(expected);
  });

  it("sizes a volume restored from a snapshot in the configuration like the snapshot's volume", () => {
    expect(costs(breakdown, "aws_ebs_volume.restored")).toEqual([["Storage (gp2)", "10"]]); // 100 GB x 0.10
  });

  it("is unknown when the size comes from a snapshot outside the configuration", () => {
    const r = breakdown.resources.find((x) => x.address === "aws_ebs_volume.from_snapshot")!;
    expect([r.status, r.reason]).toEqual(["unknown", "size is unknown: taken from the snapshot"]);
  });

  it("uses eu-west-1 prices there, io2 tiers included", async () => {
    const eu = await estimateFixture("aws_ebs_volume/eu-west-1");
    expect(costs(eu, "aws_ebs_volume.gp3")).toEqual([["Storage (gp3)", "8.8"]]); // 100 x 0.088
    expect(costs(eu, "aws_ebs_volume.io2")).toEqual([
      ["Storage (io2)", "13.8"], // 100 x 0.138
      ["Provisioned IOPS (up to 32,000)", "2304"], // 32,000 x 0.072
      ["Provisioned IOPS (32,001 to 64,000)", "403.2"], // 8,000 x 0.0504
    ]);
  });
});
