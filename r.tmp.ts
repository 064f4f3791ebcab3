import { LocalTree } from "./src/source/local-tree.js";
import { evaluateProject } from "./src/terraform/evaluate-project.js";
import { defaultProject } from "./src/terraform/project.js";
import { isUnknown } from "./src/terraform/unknown.js";
import { builtinFunctions } from "/work/wt/functions/src/terraform/functions/index.js";
import { readdirSync } from "node:fs";
let total = 0;
for (const repo of readdirSync("/tmp/corpus")) {
  const tree = new LocalTree(`/tmp/corpus/${repo}`);
  let examples: string[] = [];
  try { examples = readdirSync(`/tmp/corpus/${repo}/examples`).map((e) => `examples/${e}`); } catch {}
  for (const ex of examples) {
    const t = performance.now();
    const r = await evaluateProject(tree, defaultProject(ex), { functions: builtinFunctions as any });
    const ms = performance.now() - t;
    const errors = r.diagnostics.filter((d) => d.severity === "error");
    const warns = r.diagnostics.filter((d) => d.severity === "warning");
    const cu = r.instances.filter((i) => i.countUnknown).length;
    total += r.instances.length;
    console.log(`${repo}/${ex}: ${r.instances.length} instances (${cu} count-unknown), ${errors.length} errors, ${warns.length} warnings, ${r.unresolvedModules.length} unresolved, ${ms.toFixed(0)} ms`);
    for (const e of errors.slice(0, 3)) console.log(`   E ${e.range?.file}:${e.range?.start.line} ${e.summary}: ${e.detail}`);
    for (const e of warns.slice(0, 2)) console.log(`   W ${e.range?.file}:${e.range?.start.line} ${e.summary}: ${e.detail}`);
  }
}
console.log("total", total);
