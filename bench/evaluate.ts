/**
 * Parse-only time vs parse + evaluate time on one generated project (npx tsx bench/evaluate.ts).
 * The project is written to a temp dir at run time: one root module calling a network module
 * and 100 service modules (each its own directory, as in a monorepo), with locals, for_each,
 * count, dynamic blocks, conditionals and module outputs: about 1,000 resource instances.
 * Target: parse + evaluate costs at most twice the parse alone.
 *
 * Both sides are timed in process CPU time (user + system, so other processes on a busy
 * machine matter less than with wall time) and both keep what they produce alive until the
 * next run, as the evaluator's parse cache does: a parse whose ASTs die at once would be
 * charged no garbage collection at all, which is not how parsed files are used.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { clearParseCache } from "../src/terraform/config/parse-file.js";
import { evaluateProject } from "../src/terraform/evaluate-project.js";
import { builtinFunctions } from "../src/terraform/functions/index.js";
import { parseHcl } from "../src/terraform/hcl/index.js";
import { defaultProject } from "../src/terraform/project.js";
import { memoryTree } from "../test/terraform/memory-tree.js";

const SERVICES = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const WARMUP = 3;

function serviceModule(i: number): Record<string, string> {
  return {
    "variables.tf": `
variable "name" { type = string }
variable "environment" { type = string }
variable "subnet_ids" { type = list(string) }
variable "replicas" {
  type    = number
  default = 2
}
variable "settings" {
  type = object({
    instance_type = optional(string, "t3.medium")
    volumes       = optional(map(object({ size = number, type = optional(string, "gp3") })), {})
    ports         = optional(list(number), [80, 443])
    database      = optional(bool, false)
  })
  default = {}
}
variable "tags" {
  type    = map(string)
  default = {}
}
`,
    "main.tf": `
locals {
  is_prod       = var.environment == "prod"
  instance_type = local.is_prod ? var.settings.instance_type : "t3.small"
  name          = "\${var.name}-\${var.environment}-${i}"
  common_tags   = merge(var.tags, { Service = var.name, Environment = var.environment, Index = "${i}" })
  volume_names  = [for k, v in var.settings.volumes : k if v.size > 0]
  port_map      = { for p in var.settings.ports : tostring(p) => p }
}

resource "aws_launch_template" "this" {
  name_prefix   = "\${local.name}-"
  image_id      = "ami-0123456789abcdef${i % 10}"
  instance_type = local.instance_type

  dynamic "block_device_mappings" {
    for_each = var.settings.volumes
    content {
      device_name = "/dev/\${block_device_mappings.key}"
      ebs {
        volume_size = block_device_mappings.value.size
        volume_type = block_device_mappings.value.type
      }
    }
  }
  tags = local.common_tags
}

resource "aws_autoscaling_group" "this" {
  name_prefix         = "\${local.name}-"
  min_size            = local.is_prod ? var.replicas : 1
  max_size            = var.replicas * 3
  desired_capacity    = var.replicas
  vpc_zone_identifier = var.subnet_ids
  launch_template {
    id      = aws_launch_template.this.id
    version = "$Latest"
  }
  dynamic "tag" {
    for_each = local.common_tags
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }
}

resource "aws_instance" "worker" {
  count         = var.replicas
  ami           = aws_launch_template.this.image_id
  instance_type = local.instance_type
  subnet_id     = element(var.subnet_ids, count.index)
  root_block_device {
    volume_size = 20 + count.index * 10
    volume_type = "gp3"
  }
  tags = merge(local.common_tags, { Name = "\${local.name}-worker-\${count.index}" })
}

resource "aws_lb" "this" {
  name               = substr(local.name, 0, 32)
  load_balancer_type = "application"
  subnets            = var.subnet_ids
  tags               = local.common_tags
}

resource "aws_lb_listener" "this" {
  for_each          = local.port_map
  load_balancer_arn = aws_lb.this.arn
  port              = each.value
  protocol          = each.value == 443 ? "HTTPS" : "HTTP"
}

resource "aws_db_instance" "this" {
  count             = var.settings.database ? 1 : 0
  identifier        = local.name
  engine            = "postgres"
  instance_class    = local.is_prod ? "db.r6g.large" : "db.t3.micro"
  allocated_storage = local.is_prod ? 100 : 20
  multi_az          = local.is_prod
}

resource "aws_cloudwatch_metric_alarm" "cpu" {
  for_each            = toset(["high", "low"])
  alarm_name          = "\${local.name}-cpu-\${each.key}"
  comparison_operator = each.key == "high" ? "GreaterThanThreshold" : "LessThanThreshold"
  threshold           = each.key == "high" ? 80 : 10
  metric_name         = "CPUUtilization"
  namespace           = "AWS/EC2"
  evaluation_periods  = 2
  period              = 300
  statistic           = "Average"
}
`,
    "outputs.tf": `
output "asg_name" { value = aws_autoscaling_group.this.name_prefix }
output "instance_types" { value = aws_instance.worker[*].instance_type }
output "listener_ports" { value = [for l in aws_lb_listener.this : l.port] }
output "volumes" { value = local.volume_names }
`,
  };
}

const network = {
  "main.tf": `
variable "cidr" { type = string }
variable "azs" { type = list(string) }
locals {
  private = [for i, az in var.azs : "10.0.\${i + 1}.0/24"]
  public  = [for i, az in var.azs : "10.0.\${i + 101}.0/24"]
}
resource "aws_vpc" "this" { cidr_block = var.cidr }
resource "aws_subnet" "private" {
  count             = length(var.azs)
  vpc_id            = aws_vpc.this.id
  cidr_block        = local.private[count.index]
  availability_zone = var.azs[count.index]
}
resource "aws_subnet" "public" {
  count             = length(var.azs)
  vpc_id            = aws_vpc.this.id
  cidr_block        = local.public[count.index]
  availability_zone = var.azs[count.index]
}
resource "aws_nat_gateway" "this" {
  count     = length(var.azs)
  subnet_id = aws_subnet.public[count.index].id
}
output "private_subnet_ids" { value = aws_subnet.private[*].id }
`,
};

function root(): string {
  const calls = Array.from({ length: SERVICES }, (_, i) => {
    const env = i % 3 === 0 ? "prod" : "staging";
    return `
module "svc_${i}" {
  source      = "./services/svc-${i}"
  name        = "svc${i}"
  environment = "${env}"
  subnet_ids  = module.network.private_subnet_ids
  replicas    = ${1 + (i % 4)}
  settings = {
    instance_type = "${["m5.large", "c5.xlarge", "r5.large"][i % 3]}"
    database      = ${i % 5 === 0}
    volumes       = { data = { size = ${50 + i} }, logs = { size = 20, type = "st1" } }
  }
  tags = local.tags
}`;
  });
  return `
provider "aws" { region = var.region }
variable "region" { default = "eu-west-1" }
locals {
  tags = { Team = "platform", CostCenter = "1234" }
  azs  = [for s in ["a", "b", "c"] : "\${var.region}\${s}"]
}
module "network" {
  source = "./network"
  cidr   = "10.0.0.0/16"
  azs    = local.azs
}
${calls.join("\n")}
`;
}

async function writeProject(dir: string): Promise<string[]> {
  const files: Record<string, string> = { "main.tf": root() };
  for (const [name, text] of Object.entries(network)) files[`network/${name}`] = text;
  for (let i = 0; i < SERVICES; i++) for (const [name, text] of Object.entries(serviceModule(i))) files[`services/svc-${i}/${name}`] = text;
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return Object.keys(files);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = await mkdtemp(path.join(os.tmpdir(), "costgate-bench-"));
try {
  const files = await writeProject(dir);
  const sources = await Promise.all(files.map(async (f) => ({ f, src: await readFile(path.join(dir, f), "utf8") })));
  const bytes = sources.reduce((n, s) => n + s.src.length, 0);
  const functions = builtinFunctions;
  // In memory, as parse-only has its sources: disk (or GitHub) reads are not evaluation cost.
  const tree = memoryTree(Object.fromEntries(sources.map(({ f, src }) => [f, src])));

  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const parseTimes: number[] = [];
  const evalTimes: number[] = [];
  const evalOnlyTimes: number[] = [];
  let parsed: unknown[] = [];
  let instances = 0;
  let diagnostics = 0;
  let lastDiagnostics: unknown[] = [];
  for (let run = 0; run < WARMUP + RUNS; run++) {
    let t = cpu();
    parsed = sources.map(({ f, src }) => parseHcl(src, f));
    const parseMs = cpu() - t;
    clearParseCache();
    t = cpu();
    const result = await evaluateProject(tree, defaultProject("."), { functions });
    const evalMs = cpu() - t;
    // Again with the files already parsed: the evaluation alone.
    t = cpu();
    await evaluateProject(tree, defaultProject("."), { functions });
    const evalOnlyMs = cpu() - t;
    if (run < WARMUP) continue; // let the JIT compile both paths first
    parseTimes.push(parseMs);
    evalTimes.push(evalMs);
    evalOnlyTimes.push(evalOnlyMs);
    instances = result.instances.length;
    diagnostics = result.diagnostics.length;
    lastDiagnostics = result.diagnostics;
  }
  const p = median(parseTimes);
  const e = median(evalTimes);
  console.log(`project: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${instances} resource instances, ${diagnostics} diagnostics`);
  if (process.env.SHOW_DIAGNOSTICS) console.log(lastDiagnostics.slice(0, 5));
  console.log(`CPU ms, median of ${RUNS} runs after ${WARMUP} warm-up runs; ${parsed.length} files parsed per run`);
  console.log(`parse only:       ${p.toFixed(1)} ms (${(bytes / 1e6 / (p / 1000)).toFixed(1)} MB/s)`);
  console.log(`parse + evaluate: ${e.toFixed(1)} ms (evaluateProject with an empty parse cache, files in memory)`);
  console.log(`evaluate only:    ${median(evalOnlyTimes).toFixed(1)} ms (evaluateProject again, files already parsed)`);
  console.log(`ratio (parse + evaluate) / parse: ${(e / p).toFixed(2)} (target <= 2.0)`);
} finally {
  if (process.env.BENCH_KEEP_DIR) console.log(`project kept in ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
