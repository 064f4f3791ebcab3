/** A platform monorepo as teams lay them out: environments calling shared modules, an example, docs. */
export const MONOREPO: Record<string, string> = {
  "README.md": "# infra\n",
  ".github/costgate.yml": "thresholds: []\n",
  "envs/prod/main.tf": `terraform {
  backend "s3" {
    bucket = "acme-state"
    key    = "prod.tfstate"
    region = "us-east-1"
  }
}

provider "aws" {
  region = var.region
}

module "app" {
  source = "../../modules/app"
  name   = "prod"
}
`,
  "envs/prod/variables.tf": 'variable "region" {\n  type    = string\n  default = "us-east-1"\n}\n',
  "envs/prod/prod.tfvars": 'region = "eu-west-1"\n',
  "envs/prod/usage.yml": "version: 0.1\n",
  "envs/staging/main.tf": 'module "app" {\n  source = "../../modules/app"\n  name   = "staging"\n}\n',
  "modules/app/main.tf": `variable "name" {
  type = string
}

module "db" {
  source = "../db"
  name   = var.name
}

resource "aws_instance" "web" {
  ami           = "ami-0c7217cdde317cfec"
  instance_type = "t3.medium"
  user_data     = file("\${path.module}/templates/user-data.sh")
}
`,
  "modules/app/templates/user-data.sh": "#!/bin/sh\necho hello\n",
  "modules/db/main.tf": 'variable "name" {\n  type = string\n}\n\nresource "aws_db_instance" "main" {\n  engine         = "postgres"\n  instance_class = "db.t3.medium"\n}\n',
  "modules/vpc/main.tf": 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n',
  "examples/simple/main.tf": 'provider "aws" {\n  region = "us-east-1"\n}\n\nmodule "app" {\n  source = "../../modules/app"\n  name   = "example"\n}\n',
  "envs/prod/.terraform/modules/app/main.tf": 'resource "aws_instance" "cached" {\n  instance_type = "t3.nano"\n}\n',
  "config/shared.tfvars": 'region = "us-west-2"\n',
};
