import type { ProjectBreakdown } from "../../src/estimate/breakdown-types.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

const resource = (b: ProjectBreakdown, address: string) => b.resources.find((r) => r.address === address)!;

describe("aws_eks_node_group", () => {
  let breakdown: ProjectBreakdown;
  beforeAll(async () => {
    breakdown = await estimateFixture("aws_eks_node_group");
  });

  it("defaults to t3.medium nodes with 20 GB gp2 disks, x desired_size", () => {
    expect(costs(breakdown, "aws_eks_node_group.default")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, t3.medium)", "60.736"], // 0.0416 x 730 x 2
      ["CPU credits", "4"], // 20 h x 2 vCPUs x 2 nodes x 0.05
      ["disk_size: Storage (gp2)", "4"], // 20 GB x 2 x 0.10
    ]);
  });

  it("leaves SPOT capacity unknown and still prices the disks", () => {
    const spot = resource(breakdown, "aws_eks_node_group.spot");
    expect(costs(breakdown, "aws_eks_node_group.spot")).toEqual([
      ["Instance usage (Linux/UNIX, spot, m5.large) x 3 instances", null],
      ["disk_size: Storage (gp2)", "15"], // 50 GB x 3 x 0.10
    ]);
    expect(spot.status).toBe("unknown");
  });

  it("takes the type and volumes from its launch template, and the node count from usage instances", () => {
    expect(costs(breakdown, "aws_eks_node_group.custom")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, m6i.large)", "210.24"], // 0.096 x 730 x 3
      ["root_block_device: Storage (gp3)", "24"], // 100 GB x 3 x 0.08
      ["root_block_device: Provisioned IOPS (above 3,000)", "15"], // (4000 - 3000) x 3 x 0.005
      ["root_block_device: Provisioned throughput (above 125 MBps)", "9"], // (200 - 125) x 3 MiBps x 40.96 / 1024
    ]);
  });

  it("prices a Windows AMI type as Windows with a 50 GB disk (Windows prices are not bundled)", () => {
    const windows = resource(breakdown, "aws_eks_node_group.windows");
    expect(costs(breakdown, "aws_eks_node_group.windows").map(([name]) => name)).toEqual(["Instance usage (Windows, on-demand, m5.large)", "disk_size: Storage (gp2)"]);
    expect(windows.components[0]!.unknownReason).toMatch(/^no bundled price for m5\.large, Windows.*configure AWS credentials for live prices$/);
    expect(windows.components[1]!.monthlyCost?.toString()).toBe("5"); // 50 GB x 0.10
  });
});
