import { Unknown } from "../../../src/terraform/unknown.js";
import { run } from "./run.js";

describe("count and for_each", () => {
  it("prints addresses exactly as Terraform does", async () => {
    const r = await run({
      "main.tf": `
variable "names" { default = ["b", "a", "b"] }
resource "aws_instance" "counted" {
  count = 2
  tags  = { Name = "web-\${count.index}" }
}
resource "aws_instance" "mapped" {
  for_each      = { small = "t3.small", "big one" = "m5.large", "q\\"x" = "t3.nano" }
  instance_type = each.value
  tags          = { Name = each.key }
}
resource "aws_instance" "set" {
  for_each = toset(var.names)
  ami      = each.value
}
resource "aws_instance" "listed" {
  for_each = ["x", "y"]
  ami      = each.key
}
resource "aws_instance" "none" {
  count = 0
}
`,
    });
    expect(r.errors).toEqual([]);
    expect(r.addresses).toEqual([
      "aws_instance.counted[0]",
      "aws_instance.counted[1]",
      'aws_instance.mapped["big one"]',
      'aws_instance.mapped["q\\"x"]',
      'aws_instance.mapped["small"]',
      'aws_instance.set["a"]',
      'aws_instance.set["b"]',
      'aws_instance.listed["x"]',
      'aws_instance.listed["y"]',
    ]);
    expect(r.byAddress("aws_instance.counted[1]").attributes.tags).toEqual({ Name: "web-1" });
    expect(r.byAddress('aws_instance.mapped["big one"]').attributes).toEqual({ instance_type: "m5.large", tags: { Name: "big one" } });
  });

  it("assumes one instance, flagged, when count or for_each is unknown", async () => {
    const r = await run({
      "main.tf": `
resource "aws_vpc" "main" {}
resource "aws_nat_gateway" "nat" {
  count     = length(aws_vpc.main.ipv6_cidr_block_association_id)
  subnet_id = "s-\${count.index}"
}
resource "aws_eip" "e" {
  for_each = aws_vpc.main.tags_all
  domain   = each.value
}
`,
    });
    expect(r.errors).toEqual([]);
    const nat = r.byAddress("aws_nat_gateway.nat[0]");
    expect(nat.countUnknown).toBe(true);
    expect(nat.attributes.subnet_id).toBe("s-0");
    const eip = r.byAddress("aws_eip.e[*]");
    expect(eip.countUnknown).toBe(true);
    expect((eip.attributes.domain as Unknown).reason).toMatch(/for_each of aws_eip.e is not known: aws_vpc.main.tags_all is known only after apply/);
    expect(r.byAddress("aws_vpc.main").countUnknown).toBe(false);
  });

  it("reports an invalid count with its line and lists no instance", async () => {
    const r = await run({ "main.tf": 'resource "aws_instance" "a" {\n  count = -1\n}\nresource "aws_instance" "b" {\n  for_each = 3\n}\n' });
    expect(r.errors.map((e) => [e.summary, e.range?.start.line])).toEqual([
      ["Invalid count argument", 2],
      ["Invalid for_each argument", 5],
    ]);
    expect(r.instances).toEqual([]);
  });
});

describe("blocks and attributes", () => {
  const tf = `
variable "volumes" {
  default = {
    data = { size = 100, type = "gp3" }
    logs = { size = 20, type = "st1" }
  }
}
variable "unknown_list" {}
resource "aws_launch_template" "lt" {
  instance_type = "c5.large"
  count         = 1
  lifecycle { create_before_destroy = true }
  depends_on    = [aws_vpc.x]
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs { volume_size = 8 }
  }
  dynamic "block_device_mappings" {
    for_each = var.volumes
    iterator = vol
    content {
      device_name = "/dev/\${vol.key}"
      ebs {
        volume_size = vol.value.size
        volume_type = vol.value.type
      }
      dynamic "tag" {
        for_each = [vol.key]
        content { key = tag.value }
      }
    }
  }
  network_interfaces = [{ device_index = 0 }]
  dynamic "tag_specifications" {
    for_each = var.unknown_list
    content { resource_type = "instance" }
  }
}
resource "aws_vpc" "x" {}
`;
  it("turns static and dynamic blocks into arrays of objects, in order, without meta-arguments", async () => {
    const r = await run({ "main.tf": tf });
    const a = r.byAddress("aws_launch_template.lt[0]").attributes;
    expect(Object.keys(a)).toEqual(["instance_type", "network_interfaces", "block_device_mappings", "tag_specifications"]);
    expect(a.block_device_mappings).toEqual([
      { device_name: "/dev/xvda", ebs: [{ volume_size: 8 }] },
      { device_name: "/dev/data", ebs: [{ volume_size: 100, volume_type: "gp3" }], tag: [{ key: "data" }] },
      { device_name: "/dev/logs", ebs: [{ volume_size: 20, volume_type: "st1" }], tag: [{ key: "logs" }] },
    ]);
    expect(a.network_interfaces).toEqual([{ device_index: 0 }]);
  });

  it("makes the block list unknown when a dynamic for_each is unknown, never inventing a block", async () => {
    const r = await run({ "main.tf": tf });
    const tags = r.byAddress("aws_launch_template.lt[0]").attributes.tag_specifications;
    expect(tags).toBeInstanceOf(Unknown);
    expect((tags as Unknown).reason).toMatch(/for_each of dynamic "tag_specifications" is not known: var.unknown_list has no value/);
  });
});
