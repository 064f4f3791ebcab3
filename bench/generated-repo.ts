import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/**
 * A realistic monorepo written to a temp dir: `projects` root modules under projects/pNN, each
 * with variables, tfvars, locals and a call to a shared local module, and `resourcesPerProject`
 * priced resources (instances with for_each over a map, volumes with count, a database, NAT,
 * load balancer) plus free networking.
 */
export async function generateRepository(projects: number, instancesPerProject: number): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), "costgate-bench-"));
  await mkdir(path.join(root, "modules/service"), { recursive: true });
  await writeFile(path.join(root, "modules/service/main.tf"), SHARED_MODULE);
  for (let p = 1; p <= projects; p++) {
    const dir = path.join(root, "projects", `p${String(p).padStart(2, "0")}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "main.tf"), projectMain(p));
    await writeFile(path.join(dir, "variables.tf"), VARIABLES);
    await writeFile(path.join(dir, "terraform.tfvars"), `instance_count = ${instancesPerProject}\nenvironment = "p${p}"\n`);
  }
  return root;
}

const VARIABLES = `variable "environment" {
  type = string
}

variable "instance_count" {
  type    = number
  default = 2
}

variable "instance_types" {
  type = map(string)
  default = {
    api    = "m5.large"
    worker = "c5.xlarge"
    cache  = "r5.large"
  }
}
`;

function projectMain(p: number): string {
  return `provider "aws" {
  region = "us-east-1"
}

locals {
  name = "svc-\${var.environment}"
  azs  = ["us-east-1a", "us-east-1b", "us-east-1c"]
  tags = { Project = "p${p}", Environment = var.environment }
}

resource "aws_vpc" "main" {
  cidr_block = "10.${p}.0.0/16"
  tags       = local.tags
}

resource "aws_subnet" "private" {
  count             = length(local.azs)
  vpc_id            = aws_vpc.main.id
  availability_zone = local.azs[count.index]
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
}

module "service" {
  source         = "../../modules/service"
  name           = local.name
  instance_count = var.instance_count
  instance_types = var.instance_types
  subnet_ids     = aws_subnet.private[*].id
}
`;
}

const SHARED_MODULE = `variable "name" {
  type = string
}

variable "instance_count" {
  type = number
}

variable "instance_types" {
  type = map(string)
}

variable "subnet_ids" {
  type = list(string)
}

locals {
  instances = merge([
    for role, type in var.instance_types : {
      for i in range(var.instance_count) : "\${role}-\${i}" => { role = role, type = type, subnet = i % length(var.subnet_ids) }
    }
  ]...)
}

resource "aws_instance" "node" {
  for_each      = local.instances
  ami           = "ami-0c7217cdde317cfec"
  instance_type = each.value.type
  subnet_id     = var.subnet_ids[each.value.subnet]

  root_block_device {
    volume_type = "gp3"
    volume_size = each.value.role == "cache" ? 100 : 30
  }

  tags = { Name = "\${var.name}-\${each.key}", Role = each.value.role }
}

resource "aws_ebs_volume" "data" {
  count             = var.instance_count
  availability_zone = "us-east-1a"
  type              = "gp3"
  size              = 500
  iops              = 6000
}

resource "aws_db_instance" "main" {
  identifier        = "\${var.name}-db"
  engine            = "postgres"
  instance_class    = "db.m5.large"
  allocated_storage = 200
  storage_type      = "gp3"
  multi_az          = true
}

resource "aws_nat_gateway" "az" {
  count     = length(var.subnet_ids)
  subnet_id = var.subnet_ids[count.index]
}

resource "aws_lb" "api" {
  name               = "\${var.name}-api"
  load_balancer_type = "application"
  subnets            = var.subnet_ids
}
`;
