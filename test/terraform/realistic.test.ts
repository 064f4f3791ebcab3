import { fileURLToPath } from "node:url";
import { LocalTree } from "../../src/source/local-tree.js";
import { evaluateProject } from "../../src/terraform/evaluate-project.js";
import { defaultProject, type Project } from "../../src/terraform/project.js";
import { isUnknown } from "../../src/terraform/unknown.js";
import { fixtureFunctions } from "./test-functions.js";

// The priced attributes of the realistic fixtures (fixtures/terraform/oracle), including the
// variants Terraform's plan was not run for: what a cost model reads must be right.
const dir = (name: string) => fileURLToPath(new URL(`../../fixtures/terraform/oracle/${name}`, import.meta.url));

async function evaluate(name: string, project: Partial<Project> = {}) {
  const r = await evaluateProject(new LocalTree(dir(name)), { ...defaultProject("."), ...project }, { functions: fixtureFunctions });
  expect(r.diagnostics).toEqual([]);
  const pick = (address: string) => r.instances.find((i) => i.address === address)!;
  return { ...r, pick, addresses: r.instances.map((i) => i.address) };
}

describe("VPC", () => {
  it("creates one NAT gateway per AZ in the tfvars region", async () => {
    const r = await evaluate("vpc");
    expect(r.addresses.filter((a) => a.startsWith("aws_nat_gateway."))).toEqual(["aws_nat_gateway.this[0]", "aws_nat_gateway.this[1]", "aws_nat_gateway.this[2]"]);
    expect(new Set(r.instances.map((i) => i.region))).toEqual(new Set(["eu-west-1"]));
    expect(r.pick("aws_subnet.private[2]").attributes).toMatchObject({ availability_zone: "eu-west-1c", cidr_block: "10.0.3.0/24" });
  });

  it("creates a single NAT gateway when asked, with -var overriding tfvars", async () => {
    const r = await evaluate("vpc", { vars: { single_nat_gateway: "true", region: "ap-southeast-2" } });
    expect(r.addresses.filter((a) => /^aws_(nat_gateway|eip|route)\./.test(a))).toEqual(["aws_eip.nat[0]", "aws_nat_gateway.this[0]", "aws_route.private_nat_gateway[0]"]);
    expect(r.pick("aws_eip.nat[0]").attributes.tags).toEqual({ Name: "main-eu-west-1a", Terraform: "true", Environment: "dev" });
    expect(r.pick("aws_nat_gateway.this[0]").region).toBe("ap-southeast-2");
  });

  it("creates no NAT gateway when disabled", async () => {
    const r = await evaluate("vpc", { vars: { enable_nat_gateway: "false" } });
    expect(r.addresses.some((a) => a.startsWith("aws_nat_gateway."))).toBe(false);
    expect(r.addresses).toContain("aws_route_table.private[2]");
  });
});

describe("EKS managed node groups", () => {
  it("fills optional() defaults and merges labels per group", async () => {
    const r = await evaluate("eks-node-groups");
    const general = r.pick('module.eks_managed_node_group["general"].aws_eks_node_group.this').attributes;
    const spot = r.pick('module.eks_managed_node_group["spot"].aws_eks_node_group.this').attributes;
    expect(general).toMatchObject({ instance_types: ["m5.large"], capacity_type: "ON_DEMAND", disk_size: 50, scaling_config: [{ min_size: 1, max_size: 5, desired_size: 2 }], labels: { cluster: "demo", role: "general" } });
    expect(spot).toMatchObject({ instance_types: ["c5.large", "c5a.large"], capacity_type: "SPOT", disk_size: 100, scaling_config: [{ min_size: 1, max_size: 3, desired_size: 1 }] });
    expect(isUnknown(general.node_role_arn)).toBe(true);
  });
});

describe("RDS", () => {
  it("sizes production with conditionals and read replicas", async () => {
    const r = await evaluate("rds");
    expect(r.pick("aws_db_instance.this").attributes).toMatchObject({ engine: "postgres", engine_version: "15.4", instance_class: "db.r6g.large", allocated_storage: 20, max_allocated_storage: 100, storage_type: "gp3", multi_az: true });
    expect(r.addresses.filter((a) => a.includes("replica"))).toEqual(["aws_db_instance.replica[0]", "aws_db_instance.replica[1]"]);
    expect(r.pick("aws_db_instance.replica[1]").attributes).toMatchObject({ instance_class: "db.r6g.large", replicate_source_db: "orders-prod", identifier: "orders-prod-replica-2" });
    expect(r.pick("aws_db_parameter_group.this[0]").attributes.family).toBe("postgres15");
    expect(r.instances[0].region).toBe("eu-central-1");
  });

  it("shrinks outside production", async () => {
    const r = await evaluate("rds", { vars: { environment: "dev", iops: "3000" } });
    expect(r.pick("aws_db_instance.this").attributes).toMatchObject({ instance_class: "db.t3.medium", multi_az: false, max_allocated_storage: 0, storage_type: "io1", iops: 3000 });
    expect(r.addresses.some((a) => a.includes("replica"))).toBe(false);
  });
});

describe("Autoscaling group and launch template", () => {
  it("expands nested dynamic blocks and keeps the reference from the group to its template", async () => {
    const r = await evaluate("autoscaling");
    const lt = r.pick("aws_launch_template.this").attributes;
    expect(lt.instance_type).toBe("c5.xlarge");
    expect(lt.block_device_mappings).toEqual([
      { device_name: "/dev/xvda", no_device: null, ebs: [{ delete_on_termination: true, volume_size: 30, volume_type: "gp3" }] },
      { device_name: "/dev/sdb", no_device: null, ebs: [{ delete_on_termination: true, volume_size: 200, volume_type: "st1" }] },
      { device_name: "/dev/sdc", no_device: "1", ebs: [] },
    ]);
    const asg = r.pick("aws_autoscaling_group.this");
    expect(asg.attributes).toMatchObject({ min_size: 2, max_size: 6, desired_capacity: 3 });
    const id = (asg.attributes.launch_template as Array<Record<string, unknown>>)[0].id;
    expect(isUnknown(id) && id.ref).toEqual({ address: "aws_launch_template.this", attribute: "id" });
    expect(asg.region).toBe("us-west-2");
  });
});
