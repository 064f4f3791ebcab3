import type { ProjectBreakdown } from "../../src/estimate/breakdown-types.js";
import { priceTable, US_EAST_1 } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

const resource = (b: ProjectBreakdown, address: string) => b.resources.find((r) => r.address === address)!;

describe("aws_instance", () => {
  let breakdown: ProjectBreakdown;
  beforeAll(async () => {
    breakdown = await estimateFixture("aws_instance");
  });

  it("prices compute, the root volume and extra EBS volumes, from the bundled us-east-1 prices", () => {
    expect(costs(breakdown, "aws_instance.app")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, t3.medium)", "30.368"], // 0.0416 x 730
      ["CPU credits", null], // t3 defaults to unlimited: depends on usage
      ["root_block_device: Storage (gp3)", "2.4"], // 30 GB x 0.08
      ["ebs_block_device (/dev/sdf): Storage (io1)", "12.5"], // 100 GB x 0.125
      ["ebs_block_device (/dev/sdf): Provisioned IOPS", "65"], // 1,000 IOPS x 0.065
    ]);
  });

  it("defaults the root volume to 8 GB gp2 and bills an auto-assigned public IPv4", () => {
    expect(costs(breakdown, "aws_instance.public")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, m5.large)", "70.08"], // 0.096 x 730
      ["root_block_device: Storage (gp2)", "0.8"], // 8 GB x 0.10
      ["Public IPv4 address", "3.65"], // 0.005 x 730
    ]);
  });

  it("bills unlimited T3 credits from usage hours x vCPUs, and 7 metrics of detailed monitoring", () => {
    expect(costs(breakdown, "aws_instance.burst")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, t3.large)", "60.736"], // 0.0832 x 730
      ["CPU credits", "10"], // 100 h x 2 vCPUs x 0.05
      ["EC2 detailed monitoring", "2.1"], // 7 metrics x 0.30
      ["root_block_device: Storage (gp2)", "0.8"],
    ]);
  });

  it("bills no credits for a T2 in its default standard mode, and bills them when it is unlimited", () => {
    expect(costs(breakdown, "aws_instance.t2_standard")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, t2.micro)", "8.468"], // 0.0116 x 730
      ["root_block_device: Storage (gp2)", "0.8"],
    ]);
    expect(costs(breakdown, "aws_instance.t2_unlimited")).toContainEqual(["CPU credits", "36.5"]); // 730 h x 1 vCPU x 0.05
  });

  it("takes the type and volumes from the launch template, the instance's own device settings winning", () => {
    expect(costs(breakdown, "aws_instance.from_template")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, m5.large)", "70.08"],
      ["root_block_device: Storage (gp3)", "4"], // /dev/xvda of the template: 50 GB x 0.08
      ["ebs_block_device (/dev/sdf): Storage (gp2)", "20"], // 200 GB (instance) gp2 (template) x 0.10
    ]);
  });

  it("bills one address when an Elastic IP is associated: the EIP replaces the auto-assigned one", () => {
    expect(costs(breakdown, "aws_instance.bastion").map(([name]) => name)).not.toContain("Public IPv4 address");
    expect(costs(breakdown, "aws_eip.bastion")).toEqual([["Public IPv4 address", "3.65"]]); // 0.005 x 730
  });

  it("bills a public IPv4 for an instance in a subnet that maps public IPs on launch", () => {
    expect(costs(breakdown, "aws_instance.in_public_subnet")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, t3.micro)", "7.592"], // 0.0104 x 730; standard credits
      ["root_block_device: Storage (gp2)", "0.8"],
      ["Public IPv4 address", "3.65"],
    ]);
  });

  it("prices a bare-metal type from the bare-metal family", () => {
    expect(costs(breakdown, "aws_instance.metal")[0]).toEqual(["Instance usage (Linux/UNIX, on-demand, m5.metal)", "3363.84"]); // 4.608 x 730
  });

  it("bills no instance hours on a Dedicated Host: the host is billed", () => {
    expect(costs(breakdown, "aws_instance.on_host")).toEqual([["root_block_device: Storage (gp2)", "0.8"]]);
  });

  it("leaves spot instances unknown, since spot prices are not in the Price List", () => {
    const spot = resource(breakdown, "aws_instance.spot");
    expect(spot.status).toBe("unknown");
    expect(spot.reason).toContain("spot prices change with demand and are not in the AWS Price List");
    expect(spot.monthlyCost?.toString()).toBe("0.8"); // the root volume is still priced
  });

  it("says a Windows or dedicated price is missing from the snapshot, never $0", () => {
    for (const address of ["aws_instance.windows", "aws_instance.dedicated"]) {
      const r = resource(breakdown, address);
      expect(r.status).toBe("unknown");
      expect(r.components[0]!.unknownReason).toMatch(/^no bundled price for .*configure AWS credentials for live prices$/);
    }
  });

  it("leaves only a volume restored from an outside snapshot unknown", () => {
    const r = resource(breakdown, "aws_instance.restored_disk");
    expect(costs(breakdown, "aws_instance.restored_disk")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, m5.large)", "70.08"],
      ["root_block_device: Storage (gp2)", "0.8"],
      ["ebs_block_device (/dev/sdg): Storage", null],
    ]);
    expect(r.reason).toBe("Storage: ebs_block_device (/dev/sdg) volume_size is unknown: taken from the snapshot");
  });

  it("is unknown when the instance type comes from a data source", () => {
    const r = resource(breakdown, "aws_instance.looked_up");
    expect(r.status).toBe("unknown");
    expect(r.reason).toBe("instance_type is unknown: data.aws_ec2_instance_type.picked.id is known only after apply");
  });

  it("prices Windows from usage operating_system with the Windows price and credit rate", async () => {
    const prices = priceTable([
      ...US_EAST_1,
      // AWS EC2 on-demand pricing, US East (N. Virginia): t3.medium Windows $0.0600/h (Linux $0.0416 + licence $0.0184).
      { service: "AmazonEC2", productFamily: "Compute Instance", unit: "Hrs", price: "0.06",
        attributes: { instanceType: "t3.medium", operatingSystem: "Windows", tenancy: "Shared", preInstalledSw: "NA", capacitystatus: "Used", licenseModel: "No License required", usagetype: "BoxUsage:t3.medium" } },
      // AWS burstable performance pricing: surplus credits $0.096 per vCPU-hour for Windows.
      { service: "AmazonEC2", productFamily: "CPU Credits", unit: "vCPU-Hours", price: "0.096", attributes: { operatingSystem: "Windows", usagetype: "CPUCredits:t3" } },
    ]);
    const b = await estimateFixture("aws_instance", { prices });
    expect(costs(b, "aws_instance.windows")).toEqual([
      ["Instance usage (Windows, on-demand, t3.medium)", "43.8"], // 0.06 x 730
      ["CPU credits", null],
      ["root_block_device: Storage (gp2)", "0.8"],
    ]);
    expect(prices.asked.find((q) => q.productFamily === "CPU Credits" && q.attributes.some((a) => "equals" in a && a.equals === "Windows"))).toBeDefined();
  });

  it("uses eu-west-1 prices there, including T4g credits", async () => {
    const eu = await estimateFixture("aws_instance/eu-west-1");
    expect(costs(eu, "aws_instance.graviton")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, t4g.medium)", "26.864"], // 0.0368 x 730
      ["CPU credits", "4"], // 50 h x 2 vCPUs x 0.04
      ["root_block_device: Storage (gp3)", "1.76"], // 20 GB x 0.088
    ]);
    expect(costs(eu, "aws_instance.public")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, m5.large)", "78.11"], // 0.107 x 730
      ["root_block_device: Storage (gp2)", "0.88"], // 8 GB x 0.11
      ["Public IPv4 address", "3.65"], // EU-PublicIPv4:InUseAddress, 0.005 x 730
    ]);
  });
});
