// Flattens `terraform show -json` of a plan into [{address, type, values, after_unknown}],
// sorted by address: the shape fixtures/terraform/oracle/*/expected.json holds.
import { readFileSync } from "node:fs";

const plan = JSON.parse(readFileSync(process.argv[2], "utf8"));
const unknown = new Map(plan.resource_changes.map((c) => [c.address, c.change.after_unknown]));
const out = [];
const walk = (module) => {
  for (const r of module.resources ?? []) {
    if (r.mode !== "managed") continue;
    out.push({ address: r.address, type: r.type, values: r.values, after_unknown: unknown.get(r.address) ?? {} });
  }
  for (const child of module.child_modules ?? []) walk(child);
};
walk(plan.planned_values.root_module);
out.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
