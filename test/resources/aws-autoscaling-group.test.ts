import type { ProjectBreakdown } from "../../src/estimate/breakdown-types.js";
import { Attributes } from "../../src/resources/attributes.js";
import { mixedInstances } from "../../src/resources/aws/shared/mixed-instances.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

const resource = (b: ProjectBreakdown, address: string) => b.resources.find((r) => r.address === address)!;

describe("aws_autoscaling_group", () => {
  let breakdown: ProjectBreakdown;
  beforeAll(async () => {
    breakdown = await estimateFixture("aws_autoscaling_group");
  });

  it("prices the launch template's instance and volumes x desired_capacity", () => {
    expect(costs(breakdown, "aws_autoscaling_group.app")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, t3.large)", "182.208"], // 0.0832 x 730 x 3
      ["CPU credits", "3"], // 10 h x 2 vCPUs x 3 instances x 0.05
      ["EC2 detailed monitoring", "6.3"], // 7 metrics x 3 instances x 0.30
      ["root_block_device: Storage (gp3)", "7.2"], // 30 GB x 3 x 0.08
    ]);
  });

  it("starts a group without desired_capacity at min_size, with launch configuration monitoring on by default", () => {
    expect(costs(breakdown, "aws_autoscaling_group.legacy")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, m5.large)", "140.16"], // 0.096 x 730 x 2
      ["EC2 detailed monitoring", "4.2"], // 7 x 2 x 0.30
      ["root_block_device: Storage (gp2)", "4"], // 20 GB x 2 x 0.10
      ["ebs_block_device (/dev/sdf): Storage (st1)", "9"], // 100 GB x 2 x 0.045
    ]);
  });

  it("splits a mixed instances policy into on-demand (base + rounded-up share) and unknown spot", () => {
    const mixed = resource(breakdown, "aws_autoscaling_group.mixed");
    // 10 instances: 2 base + ceil(8 x 25%) = 4 on-demand, 6 spot; the first override's type.
    expect(costs(breakdown, "aws_autoscaling_group.mixed")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, m5.large)", "280.32"], // 0.096 x 730 x 4
      ["Instance usage (Linux/UNIX, spot, m5.large) x 6 instances", null],
      ["EC2 detailed monitoring", "21"], // 7 x 10 x 0.30
      ["root_block_device: Storage (gp3)", "24"], // 30 GB x 10 x 0.08
    ]);
    expect(mixed.status).toBe("unknown");
    expect(mixed.reason).toContain("spot prices change with demand and are not in the AWS Price List");
  });

  it("takes the instance count from usage instances", () => {
    expect(costs(breakdown, "aws_autoscaling_group.workers")[0]).toEqual(["Instance usage (Linux/UNIX, on-demand, t3.large)", "121.472"]); // 0.0832 x 730 x 2
  });

  it("costs nothing for a group at zero instances", () => {
    const idle = resource(breakdown, "aws_autoscaling_group.idle");
    expect(idle.status).toBe("priced");
    expect(idle.monthlyCost?.toString()).toBe("0");
  });

  it("finds a launch template named in plain text by its name", () => {
    expect(costs(breakdown, "aws_autoscaling_group.batch")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, m5.large)", "140.16"], // 0.096 x 730 x 2
      ["root_block_device: Storage (gp2)", "1.6"], // the AMI's 8 GB gp2 root x 2 x 0.10
    ]);
  });

  it("is unknown when the launch template is not in the configuration", () => {
    const external = resource(breakdown, "aws_autoscaling_group.external_template");
    expect(external.status).toBe("unknown");
    expect(external.reason).toBe("launch_template is unknown: the launch template is not a resource in this configuration (Costgate follows references such as aws_launch_template.app.id, and literal names of templates declared here)");
  });

  it("leaves only the public IPv4 unknown when the template's network interfaces are unknown", () => {
    const web = resource(breakdown, "aws_autoscaling_group.web");
    expect(costs(breakdown, "aws_autoscaling_group.web")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, c5.large)", "124.1"], // 0.085 x 730 x 2
      ["root_block_device: Storage (gp2)", "1.6"], // 8 GB x 2 x 0.10
      ["Public IPv4 address", null],
    ]);
    expect(web.reason).toMatch(/^Public IPv4 address: network_interfaces is unknown: .*data\.aws_security_groups\.web/);
  });

  it("leaves the launch template and configuration themselves free", () => {
    expect(resource(breakdown, "aws_launch_template.app").status).toBe("free");
    expect(resource(breakdown, "aws_launch_configuration.legacy").status).toBe("free");
  });

  it("uses eu-west-1 prices there", async () => {
    const eu = await estimateFixture("aws_autoscaling_group/eu-west-1");
    expect(costs(eu, "aws_autoscaling_group.web")).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, m5.large)", "156.22"], // 0.107 x 730 x 2
      ["root_block_device: Storage (gp2)", "1.76"], // 8 GB x 2 x 0.11
    ]);
  });
});

describe("mixed instances policy", () => {
  const policy = (override: Record<string, string>, distribution: Record<string, number>) =>
    mixedInstances(new Attributes({ launch_template: [{ override: [override] }], instances_distribution: [distribution] }));

  it("turns weighted capacity into instances, rounding up, and applies the on-demand base in instances", () => {
    // weighted_capacity is a string in the provider; 10 units / 4 per instance = 3 instances.
    const mixed = policy({ instance_type: "m5.4xlarge", weighted_capacity: "4" }, { on_demand_base_capacity: 4, on_demand_percentage_above_base_capacity: 50 });
    expect(mixed.instances(10)).toBe(3);
    expect(mixed.onDemand(3)).toBe(2); // base 4 units = 1 instance, then ceil(2 x 50%) = 1
  });

  it("defaults to all on-demand, and caps the base at the group's size", () => {
    expect(policy({ instance_type: "m5.large" }, {}).onDemand(5)).toBe(5);
    expect(policy({ instance_type: "m5.large" }, { on_demand_base_capacity: 8, on_demand_percentage_above_base_capacity: 0 }).onDemand(5)).toBe(5);
    expect(policy({ instance_type: "m5.large" }, { on_demand_percentage_above_base_capacity: 0 }).onDemand(5)).toBe(0);
  });
});
