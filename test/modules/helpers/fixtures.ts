import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/modules");

/** `git archive` of fixtures/modules/terraform-aws-network at tag v1.2.0 (see make-archives.sh). */
export const networkArchive = readFileSync(path.join(dir, "terraform-aws-network-v1.2.0.tar.gz"));
export const networkCommit = readFileSync(path.join(dir, "terraform-aws-network-v1.2.0.commit"), "utf8").trim();
/** The same tree written by GNU tar (long names as ././@LongLink entries, no commit id). */
export const networkGnuArchive = readFileSync(path.join(dir, "terraform-aws-network-gnu.tar.gz"));

export function fixtureText(file: string): string {
  return readFileSync(path.join(dir, "terraform-aws-network", file), "utf8");
}

/** The module files of the fixture repository, as the fetcher keeps them (no README, no PNG). */
export const NETWORK_MODULE_FILES = [
  "examples/complete/main.tf",
  "examples/with-existing-vpc-and-custom-endpoints-in-a-shared-services-account/configuration/terraform.tfvars",
  "main.tf",
  "modules/endpoints/main.tf",
  "modules/endpoints/templates/endpoint-policy-allowing-only-principals-from-the-same-aws-organization-and-the-same-account-id.json.tftpl",
  "modules/endpoints/variables.tf",
  "modules/flow-logs/main.tf",
  "modules/flow-logs/variables.tf",
  "modules/flow-logs/versions.tf",
  "outputs.tf",
  "templates/flow-log-trust.json",
  "variables.tf",
  "versions.tf",
];
