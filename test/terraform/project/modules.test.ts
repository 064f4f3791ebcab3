import { ModuleFetchError, type ModuleFetcher } from "../../../src/terraform/module-source.js";
import { Unknown } from "../../../src/terraform/unknown.js";
import { memoryTree } from "../memory-tree.js";
import { run } from "./run.js";

const app = {
  "modules/app/main.tf": `
variable "name" { type = string }
variable "size" { default = 1 }
resource "aws_lb" "this" {
  count = var.size
  name  = "\${var.name}-\${count.index}"
}
module "db" {
  source = "../db"
  class  = var.size > 1 ? "db.r5.large" : "db.t3.micro"
}
output "lb_names" { value = aws_lb.this[*].name }
output "db_class" { value = module.db.class }
`,
  "modules/db/main.tf": `
variable "class" {}
resource "aws_db_instance" "main" { instance_class = var.class }
output "class" { value = aws_db_instance.main.instance_class }
output "endpoint" { value = aws_db_instance.main.endpoint }
`,
};

describe("local modules", () => {
  it("nests to any depth, with count and for_each on module blocks and outputs feeding other modules", async () => {
    const r = await run({
      ...app,
      "main.tf": `
module "app" {
  source   = "./modules/app"
  for_each = { eu = 2, us = 1 }
  name     = each.key
  size     = each.value
}
module "single" {
  source = "./modules/app"
  count  = 1
  name   = "one"
}
module "consumer" {
  source = "./modules/db"
  class  = module.app["eu"].db_class
}
resource "aws_route53_record" "r" {
  records  = module.app["eu"].lb_names
  endpoint = module.single[0].db_class
  db       = module.consumer.endpoint
}
`,
    });
    expect(r.errors).toEqual([]);
    expect(r.addresses).toEqual([
      "aws_route53_record.r",
      'module.app["eu"].aws_lb.this[0]',
      'module.app["eu"].aws_lb.this[1]',
      'module.app["eu"].module.db.aws_db_instance.main',
      'module.app["us"].aws_lb.this[0]',
      'module.app["us"].module.db.aws_db_instance.main',
      "module.single[0].aws_lb.this[0]",
      "module.single[0].module.db.aws_db_instance.main",
      "module.consumer.aws_db_instance.main",
    ]);
    expect(r.byAddress('module.app["eu"].module.db.aws_db_instance.main')).toMatchObject({ module: 'module.app["eu"].module.db', file: "modules/db/main.tf", line: 3, attributes: { instance_class: "db.r5.large" } });
    expect(r.byAddress("module.consumer.aws_db_instance.main").attributes.instance_class).toBe("db.r5.large");
    const rec = r.byAddress("aws_route53_record.r").attributes;
    expect(rec.records).toEqual(["eu-0", "eu-1"]);
    expect(rec.endpoint).toBe("db.t3.micro");
    expect((rec.db as Unknown).ref).toEqual({ address: "module.consumer.aws_db_instance.main", attribute: "endpoint" });
  });

  it("reports missing and unexpected module arguments at the module block", async () => {
    const r = await run({ ...app, "main.tf": 'module "app" {\n  source = "./modules/app"\n  nmae   = "typo"\n}\n' });
    expect(r.errors.map((e) => [e.summary, e.range?.start.line])).toEqual([
      ["Unsupported argument", 3],
      ["Missing required argument", 1],
    ]);
    expect(r.byAddress("module.app.aws_lb.this[0]").attributes.name).toBeInstanceOf(Unknown);
  });
});

describe("remote modules", () => {
  const fetched = memoryTree({ "README.md": "", "modules/node/main.tf": 'variable "type" {}\nresource "aws_instance" "node" { instance_type = var.type }\noutput "type" { value = var.type }\n' });
  const fetcher: ModuleFetcher = {
    fetch: async (req) => {
      if (req.source === "acme/node/aws//modules/node" && req.version === "1.2.0") return { tree: fetched, dir: "modules/node", resolved: "1.2.0" };
      throw new ModuleFetchError(`no such module ${req.source}`);
    },
  };
  const main = `
module "node" {
  source  = "acme/node/aws//modules/node"
  version = "1.2.0"
  type    = "m5.large"
}
module "gone" {
  source = "git::https://example.com/gone.git"
  count  = 2
}
resource "aws_ssm_parameter" "p" {
  value = module.node.type
  other = module.gone[0].id
}
`;

  it("evaluates fetched modules mounted under .terraform/modules", async () => {
    const r = await run({ "main.tf": main }, {}, { modules: fetcher });
    expect(r.byAddress("module.node.aws_instance.node")).toMatchObject({ file: ".terraform/modules/node/modules/node/main.tf", attributes: { instance_type: "m5.large" } });
    expect(r.byAddress("aws_ssm_parameter.p").attributes.value).toBe("m5.large");
  });

  it("lists a module that cannot be fetched as unresolved, with a warning, and its outputs unknown", async () => {
    const r = await run({ "main.tf": main }, {}, { modules: fetcher });
    expect(r.unresolvedModules).toEqual([
      { address: "module.gone[0]", source: "git::https://example.com/gone.git", reason: "no such module git::https://example.com/gone.git", file: "main.tf", line: 7 },
      { address: "module.gone[1]", source: "git::https://example.com/gone.git", reason: "no such module git::https://example.com/gone.git", file: "main.tf", line: 7 },
    ]);
    expect(r.diagnostics.filter((d) => d.summary === "Module not available").map((d) => d.detail)).toEqual([
      "The resources of module.gone[0] (git::https://example.com/gone.git) cannot be listed, so they are not estimated: no such module git::https://example.com/gone.git.",
      "The resources of module.gone[1] (git::https://example.com/gone.git) cannot be listed, so they are not estimated: no such module git::https://example.com/gone.git.",
    ]);
    expect((r.byAddress("aws_ssm_parameter.p").attributes.other as Unknown).reason).toMatch(/module.gone \(git::https:\/\/example.com\/gone.git\) is not available: no such module/);
  });

  it("without a fetcher, reports every remote module call", async () => {
    const r = await run({ "main.tf": main });
    expect(r.unresolvedModules.map((u) => u.address)).toEqual(["module.node", "module.gone[0]", "module.gone[1]"]);
    expect(r.errors).toEqual([]);
  });
});

describe("providers and regions", () => {
  const files = {
    "main.tf": `
variable "region" { default = "eu-west-1" }
locals { dr = "us-west-2" }
provider "aws" { region = var.region }
provider "aws" {
  alias  = "dr"
  region = local.dr
}
provider "aws" {
  alias  = "unknown"
  region = aws_vpc.main.region
}
resource "aws_vpc" "main" {}
resource "aws_s3_bucket" "dr" { provider = aws.dr }
resource "aws_s3_bucket" "u" { provider = aws.unknown }
data "aws_region" "dr" { provider = aws.dr }
resource "aws_s3_bucket" "named" { bucket = "b-\${data.aws_region.dr.name}" }
module "inherit" { source = "./m" }
module "mapped" {
  source    = "./m"
  providers = { aws = aws.dr }
}
`,
    "m/main.tf": 'resource "aws_sqs_queue" "q" {}\n',
  };

  it("resolves each instance's region from its provider, aliases and module provider maps", async () => {
    const r = await run(files);
    const region = (a: string) => r.byAddress(a).region;
    expect(region("aws_vpc.main")).toBe("eu-west-1");
    expect(region("aws_s3_bucket.dr")).toBe("us-west-2");
    expect(region("module.inherit.aws_sqs_queue.q")).toBe("eu-west-1");
    expect(region("module.mapped.aws_sqs_queue.q")).toBe("us-west-2");
    expect(r.byAddress("aws_s3_bucket.named").attributes.bucket).toBe("b-us-west-2");
    expect((region("aws_s3_bucket.u") as Unknown).reason).toMatch(/region of provider aws.unknown is not known/);
  });

  it("lets a resource's own region argument (AWS provider 6) override its provider's", async () => {
    const r = await run({ ...files, "extra.tf": 'resource "aws_sqs_queue" "own" {\n  region = "ap-south-1"\n}\nresource "aws_sqs_queue" "unset" {\n  region = null\n}\n' });
    expect(r.byAddress("aws_sqs_queue.own").region).toBe("ap-south-1");
    expect(r.byAddress("aws_sqs_queue.unset").region).toBe("eu-west-1");
  });

  it("defaults to us-east-1 without a provider block", async () => {
    const r = await run({ "main.tf": 'resource "aws_sqs_queue" "q" {}\n' });
    expect(r.instances[0].region).toBe("us-east-1");
  });

  it("reports a resource that names a provider configuration nobody declared", async () => {
    const r = await run({ "main.tf": 'resource "aws_sqs_queue" "q" {\n  provider = aws.nope\n}\n' });
    expect(r.errors).toEqual([expect.objectContaining({ summary: "Provider configuration not present", range: expect.objectContaining({ file: "main.tf" }) })]);
  });
});
