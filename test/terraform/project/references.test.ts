import { Unknown } from "../../../src/terraform/unknown.js";
import { run } from "./run.js";

describe("references between resources", () => {
  const tf = `
resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  instance_type = "m5.xlarge"
  metadata_options {
    http_tokens = "required"
  }
}
resource "aws_autoscaling_group" "app" {
  desired_capacity = 3
  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
  tags_type = aws_launch_template.app.instance_type
  tokens    = aws_launch_template.app.metadata_options[0].http_tokens
  hop_limit = aws_launch_template.app.metadata_options[0].http_put_response_hop_limit
  splat_hop = aws_launch_template.app.metadata_options[*].http_put_response_hop_limit
}
resource "aws_instance" "web" {
  count         = 2
  instance_type = "t3.small"
}
resource "aws_eip" "web" {
  count    = 2
  instance = aws_instance.web[count.index].id
  types    = aws_instance.web[*].instance_type
  ids      = aws_instance.web[*].id
}
`;
  it("reads configured attributes and points at the resource for the rest", async () => {
    const r = await run({ "main.tf": tf });
    expect(r.errors).toEqual([]);
    const asg = r.byAddress("aws_autoscaling_group.app").attributes;
    expect(asg.tags_type).toBe("m5.xlarge");
    expect(asg.tokens).toBe("required");
    const id = (asg.launch_template as Array<Record<string, unknown>>)[0].id as Unknown;
    expect(id).toBeInstanceOf(Unknown);
    expect(id.ref).toEqual({ address: "aws_launch_template.app", attribute: "id" });
    expect((asg.hop_limit as Unknown).ref).toEqual({ address: "aws_launch_template.app", attribute: "metadata_options.0.http_put_response_hop_limit" });
    expect((asg.splat_hop as Unknown[])[0].ref).toEqual({ address: "aws_launch_template.app", attribute: "metadata_options.0.http_put_response_hop_limit" });
  });

  it("indexes and splats counted resources", async () => {
    const r = await run({ "main.tf": tf });
    const eip = r.byAddress("aws_eip.web[1]").attributes;
    expect((eip.instance as Unknown).ref).toEqual({ address: "aws_instance.web[1]", attribute: "id" });
    expect(eip.types).toEqual(["t3.small", "t3.small"]);
    expect((eip.ids as Unknown[]).map((u) => u.ref?.address)).toEqual(["aws_instance.web[0]", "aws_instance.web[1]"]);
  });
});

describe("data sources, path and workspace", () => {
  it("answers the data sources Costgate can know and leaves the rest unknown", async () => {
    const r = await run({
      "main.tf": `
provider "aws" { region = "eu-central-1" }
data "aws_region" "current" {}
data "aws_availability_zones" "available" { state = "available" }
data "aws_caller_identity" "me" {}
data "aws_partition" "p" {}
data "aws_ami" "ubuntu" { most_recent = true }
resource "aws_instance" "x" {
  availability_zone = data.aws_availability_zones.available.names[1]
  zone_ids          = data.aws_availability_zones.available.zone_ids
  ami               = data.aws_ami.ubuntu.id
  tags = {
    region  = data.aws_region.current.name
    account = data.aws_caller_identity.me.account_id
    arn     = "arn:\${data.aws_partition.p.partition}:s3:::x"
    state   = data.aws_availability_zones.available.state
    module  = path.module
    ws      = terraform.workspace
  }
}
`,
    }, { workspace: "staging" });
    expect(r.errors).toEqual([]);
    const a = r.byAddress("aws_instance.x").attributes;
    expect(a.availability_zone).toBe("eu-central-1b");
    expect(a.zone_ids).toEqual(["euc1-az1", "euc1-az2", "euc1-az3"]);
    expect((a.ami as Unknown).ref).toEqual({ address: "data.aws_ami.ubuntu", attribute: "id" });
    expect(a.tags).toEqual({ region: "eu-central-1", account: "123456789012", arn: "arn:aws:s3:::x", state: "available", module: ".", ws: "staging" });
    expect(r.instances.map((i) => i.mode)).toEqual(["managed"]);
  });

  it("knows the partition from the region and never invents a region's display name", async () => {
    const r = await run({
      "main.tf": 'provider "aws" { region = "cn-north-1" }\ndata "aws_partition" "p" {}\ndata "aws_region" "r" {}\nresource "aws_s3_bucket" "b" {\n  arn    = "arn:${data.aws_partition.p.partition}:s3:::b"\n  suffix = data.aws_partition.p.dns_suffix\n  desc   = data.aws_region.r.description\n}\n',
    });
    const a = r.byAddress("aws_s3_bucket.b").attributes;
    expect(a).toMatchObject({ arn: "arn:aws-cn:s3:::b", suffix: "amazonaws.com.cn" });
    expect(a.desc).toBeInstanceOf(Unknown);
  });
});

describe("configuration errors", () => {
  it.each([
    ["var.nope", "Reference to undeclared input variable", 'An input variable with the name "nope" has not been declared in the root module.'],
    ["local.nope", "Reference to undeclared local value", 'A local value with the name "nope" has not been declared in the root module.'],
    ["aws_nope.x.id", "Reference to undeclared resource", 'A managed resource "aws_nope" "x" has not been declared in the root module.'],
    ["aws_vpc.missing.id", "Reference to undeclared resource", 'A managed resource "aws_vpc" "missing" has not been declared in the root module.'],
    ["module.nope.x", "Reference to undeclared module", 'No module call named "nope" is declared in the root module.'],
    ["count.index", 'Reference to "count" in non-counted context', 'The "count" object can be used only in blocks that set the "count" argument.'],
    ["lookup({})", "Wrong number of arguments", 'Function "lookup" expects 2 to 3 argument(s), got 1.'],
    ['lookup({}, "k")', "Invalid function argument", 'Call to function "lookup" failed: the given key "k" does not exist'],
  ])("%s is reported with file and line, and the rest is evaluated", async (expr, summary, detail) => {
    const r = await run({
      "main.tf": `resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\nresource "aws_subnet" "a" {\n  vpc_id     = aws_vpc.main.id\n  cidr_block = ${expr}\n  tags       = { ok = "yes" }\n}\n`,
    });
    expect(r.errors).toEqual([expect.objectContaining({ summary, detail, range: expect.objectContaining({ file: "main.tf", start: expect.objectContaining({ line: 6 }) }) })]);
    expect(r.byAddress("aws_subnet.a").attributes.cidr_block).toBeInstanceOf(Unknown);
    expect(r.byAddress("aws_subnet.a").attributes.tags).toEqual({ ok: "yes" });
    expect(r.byAddress("aws_vpc.main").attributes.cidr_block).toBe("10.0.0.0/16");
  });

  it("names every local in a cycle with its file and line", async () => {
    const r = await run({
      "main.tf": 'locals {\n  a = local.b\n  ok = "fine"\n}\n',
      "more.tf": 'locals {\n  b = "${local.a}-x"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = local.a\n  tag = local.ok\n}\n',
    });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].summary).toBe("Cycle in local values");
    expect(r.errors[0].detail).toMatch(/local\.(a|b) \(\w+\.tf:2\) -> local\.(a|b) \(\w+\.tf:2\) -> local\./);
    expect(r.byAddress("aws_s3_bucket.b").attributes.bucket).toBeInstanceOf(Unknown);
    expect(r.byAddress("aws_s3_bucket.b").attributes.tag).toBe("fine");
  });

  it("evaluates locals lazily, in dependency order, once", async () => {
    let calls = 0;
    const r = await run(
      { "main.tf": 'locals {\n  b = count_me(local.a)\n  a = 2\n  c = local.b + local.b\n}\nresource "aws_x" "y" { v = local.c }\n' },
      {},
      { functions: { count_me: { arity: [1, 1], impl: ([v]) => (calls++, (v as number) * 10) } } },
    );
    expect(r.byAddress("aws_x.y").attributes.v).toBe(40);
    expect(calls).toBe(1);
  });
});
