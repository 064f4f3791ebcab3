#!/usr/bin/env bash
# Regenerates fixtures/terraform/*/expected.json from real Terraform (the oracle the tests
# compare Costgate's evaluator against). Needs `terraform` and the AWS provider in a local
# filesystem mirror (default /opt/tf-plugins). Tests never run Terraform; only this script does.
#
#   bash scripts/terraform-fixtures.sh            # all fixtures
#   TF_PLUGIN_MIRROR=/path bash scripts/terraform-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mirror="${TF_PLUGIN_MIRROR:-/opt/tf-plugins}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cat > "$scratch/cli.tfrc" <<CFG
provider_installation {
  filesystem_mirror { path = "$mirror" }
}
CFG
export TF_CLI_CONFIG_FILE="$scratch/cli.tfrc" TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1

# Plans: planned values and what is unknown after apply, flattened by address.
for dir in fixtures/terraform/oracle/*/; do
  name="$(basename "$dir")"
  work="$scratch/$name"
  cp -r "$dir" "$work"
  rm -f "$work/expected.json"
  (cd "$work" && terraform init -input=false -no-color >/dev/null && terraform plan -input=false -no-color -refresh=false -out plan.bin >/dev/null && terraform show -json plan.bin > plan.json)
  node scripts/flatten-plan.mjs "$work/plan.json" > "$dir/expected.json"
  echo "wrote $dir/expected.json"
done

# Templates: what `terraform console` prints for each local.
tpl="fixtures/terraform/templates"
cp -r "$tpl" "$scratch/templates"
n="$(grep -cE '^  c[0-9]+ = ' "$tpl/main.tf")"
list="$(seq 0 $((n - 1)) | sed 's/^/local.c/' | paste -sd, -)"
(cd "$scratch/templates" && echo "jsonencode([$list])" | terraform console) | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.stringify(JSON.parse(JSON.parse(s.trim().split("\n").pop())),null,2)+"\n"))' > "$tpl/expected.json"
echo "wrote $tpl/expected.json"
