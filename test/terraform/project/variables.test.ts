import { Unknown } from "../../../src/terraform/unknown.js";
import { run } from "./run.js";

const declare = `
variable "size" {
  type    = number
  default = 1
}
resource "aws_instance" "web" {
  count         = var.size
  instance_type = "t3.micro"
}
`;

describe("variable precedence", () => {
  it.each([
    ["the default", {}, {}, 1],
    ["terraform.tfvars over the default", { "terraform.tfvars": "size = 2" }, {}, 2],
    ["terraform.tfvars.json over terraform.tfvars", { "terraform.tfvars": "size = 2", "terraform.tfvars.json": '{"size": 3}' }, {}, 3],
    ["*.auto.tfvars over terraform.tfvars.json", { "terraform.tfvars.json": '{"size": 3}', "a.auto.tfvars": "size = 4" }, {}, 4],
    ["later auto files in lexical order", { "b.auto.tfvars": "size = 5", "a.auto.tfvars.json": '{"size": 4}' }, {}, 5],
    ["project var files over auto files", { "z.auto.tfvars": "size = 5", "envs/prod.tfvars": "size = 6" }, { varFiles: ["envs/prod.tfvars"] }, 6],
    ["var files in their order", { "one.tfvars": "size = 7", "two.tfvars": "size = 8" }, { varFiles: ["two.tfvars", "one.tfvars"] }, 7],
    ["-var over everything", { "envs/prod.tfvars": "size = 6" }, { varFiles: ["envs/prod.tfvars"], vars: { size: "9" } }, 9],
  ])("%s", async (_name, extra, project, count) => {
    const r = await run({ "main.tf": declare, ...extra }, project);
    expect(r.errors).toEqual([]);
    expect(r.instances).toHaveLength(count);
  });

  it("reads var files relative to the repository root when the project is in a subdirectory", async () => {
    const r = await run({ "envs/prod/main.tf": declare, "envs/prod/terraform.tfvars": "size = 2", "shared/big.tfvars": "size = 3" }, { path: "envs/prod", varFiles: ["shared/big.tfvars"] });
    expect(r.addresses).toEqual(["aws_instance.web[0]", "aws_instance.web[1]", "aws_instance.web[2]"]);
    expect(r.instances[0].file).toBe("envs/prod/main.tf");
  });
});

describe("-var values are parsed as Terraform parses them", () => {
  const tf = `
variable "name" {}
variable "tags" { type = map(string) }
variable "azs" { type = list(string) }
variable "on" { type = bool }
resource "aws_vpc" "main" {
  tags = merge(var.tags, { Name = var.name })
  cidr_block = var.azs[1]
  enable_dns_support = var.on
}
`;
  it("as strings for untyped and primitive variables, as HCL for collections", async () => {
    const r = await run({ "main.tf": tf }, { vars: { name: "[1]", tags: '{ env = "prod" }', azs: '["a", "b"]', on: "true" } });
    expect(r.errors).toEqual([]);
    expect(r.byAddress("aws_vpc.main").attributes).toEqual({ tags: { env: "prod", Name: "[1]" }, cidr_block: "b", enable_dns_support: true });
  });
});

describe("type conversion", () => {
  const tf = `
variable "groups" {
  type = map(object({
    instance_types = optional(list(string), ["t3.medium"])
    min_size       = optional(number, 1)
    desired_size   = number
    labels         = optional(map(string))
  }))
}
variable "port" { type = number }
variable "flag" {
  type     = string
  default  = "x"
  nullable = false
}
resource "aws_eks_node_group" "this" {
  for_each       = var.groups
  instance_types = each.value.instance_types
  scaling_config {
    min_size     = each.value.min_size
    desired_size = each.value.desired_size
  }
  labels = each.value.labels
}
resource "aws_lb_listener" "l" {
  port = var.port
  protocol = var.flag
}
`;
  it("fills optional attributes from their defaults and converts primitives", async () => {
    const r = await run({ "main.tf": tf, "terraform.tfvars": 'groups = { a = { desired_size = "2" }, b = { desired_size = 3, min_size = 2, instance_types = ["m5.large"] } }\nport = "443"\nflag = null' });
    expect(r.errors).toEqual([]);
    expect(r.byAddress('aws_eks_node_group.this["a"]').attributes).toEqual({
      instance_types: ["t3.medium"],
      labels: null,
      scaling_config: [{ min_size: 1, desired_size: 2 }],
    });
    expect(r.byAddress('aws_eks_node_group.this["b"]').attributes.instance_types).toEqual(["m5.large"]);
    expect(r.byAddress("aws_lb_listener.l").attributes).toEqual({ port: 443, protocol: "x" });
  });

  it("reports a mismatch where the value was set, and keeps evaluating", async () => {
    const r = await run({ "main.tf": tf, "terraform.tfvars": 'groups = { a = { min_size = 1 } }\nport = "http"' });
    expect(r.errors).toEqual([
      expect.objectContaining({ summary: "Invalid value for input variable", detail: expect.stringMatching(/var.groups declared at main.tf:2: attribute "desired_size" is required at \["a"\]/), range: expect.objectContaining({ file: "terraform.tfvars", start: expect.objectContaining({ line: 1 }) }) }),
      expect.objectContaining({ summary: "Invalid value for input variable", detail: expect.stringMatching(/a number is required, got "http"/), range: expect.objectContaining({ file: "terraform.tfvars", start: expect.objectContaining({ line: 2 }) }) }),
    ]);
    expect(r.byAddress("aws_lb_listener.l").attributes.port).toBeInstanceOf(Unknown);
    expect(r.instances[0].countUnknown).toBe(true);
  });

  it("warns about a required root variable without a value and leaves it unknown", async () => {
    const r = await run({ "main.tf": tf, "terraform.tfvars": "groups = {}\n" });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: "warning", summary: "No value for required variable", detail: expect.stringMatching(/"port"/) }));
    expect((r.byAddress("aws_lb_listener.l").attributes.port as Unknown).reason).toBe("var.port has no value");
  });

  it("warns about values for undeclared variables in var files and rejects them from -var", async () => {
    const r = await run({ "main.tf": declare, "terraform.tfvars": "nope = 1" }, { vars: { other: "x" } });
    expect(r.diagnostics.map((d) => [d.severity, d.summary, d.detail?.match(/"(\w+)"/)?.[1]])).toEqual([
      ["warning", "Value for undeclared variable", "nope"],
      ["error", "Value for undeclared variable", "other"],
    ]);
  });
});
