import { costs, estimateFixture } from "./estimate-fixture.js";

describe("aws_instance", () => {
  it("prices compute, the root volume and extra EBS volumes, from the bundled us-east-1 prices", async () => {
    const breakdown = await estimateFixture("aws_instance");
    expect(costs(breakdown, "aws_instance.app")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, t3.medium)", "30.368"], // 0.0416 x 730
      ["root_block_device: Storage (gp3)", "2.4"], // 30 GB x 0.08
      ["ebs_block_device (/dev/sdf): Storage (io1)", "12.5"], // 100 GB x 0.125
      ["ebs_block_device (/dev/sdf): Provisioned IOPS", "65"], // 1,000 IOPS x 0.065
    ]);
  });

  it("defaults the root volume to 8 GB gp2 and bills an auto-assigned public IPv4", async () => {
    const breakdown = await estimateFixture("aws_instance");
    expect(costs(breakdown, "aws_instance.public")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, m5.large)", "70.08"], // 0.096 x 730
      ["root_block_device: Storage (gp2)", "0.8"], // 8 GB x 0.10
      ["Public IPv4 address", "3.65"], // 0.005 x 730
    ]);
  });
});
