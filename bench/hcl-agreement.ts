/**
 * Compares Costgate's HCL parser with HashiCorp's (@cdktn/hcl2json) on every .tf file under
 * the given directories: agreement of the hcl2json-shaped output, and parse speed (median of
 * 5 warm passes each). For measuring against real repositories checked out locally:
 *
 *   npx tsx bench/hcl-agreement.ts path/to/terraform-aws-vpc path/to/terraform-aws-eks
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "@cdktn/hcl2json";
import { parseHcl } from "../src/terraform/hcl/index.js";
import { toHcl2Json } from "../src/terraform/hcl/to-hcl2json.js";

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : name.endsWith(".tf") ? [full] : [];
  });

const sortDeep = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(sortDeep) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortDeep((v as Record<string, unknown>)[k])])) : v;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error("usage: npx tsx bench/hcl-agreement.ts DIR...");
  process.exit(2);
}
const files = dirs.flatMap(walk).map((f) => ({ f, src: readFileSync(f, "utf8") }));
const bytes = files.reduce((n, x) => n + Buffer.byteLength(x.src), 0);

let agree = 0;
const differ: string[] = [];
let ourErrors = 0;
for (const { f, src } of files) {
  const ours = parseHcl(src, f);
  if (ours.diagnostics.some((d) => d.severity === "error")) ourErrors++;
  const theirs = await parse(f, src).catch(() => undefined);
  if (theirs && JSON.stringify(sortDeep(toHcl2Json(ours.body, src))) === JSON.stringify(sortDeep(theirs))) agree++;
  else differ.push(f);
}

const time = async (fn: () => Promise<void> | void) => {
  const runs: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    await fn();
    if (i > 0) runs.push(performance.now() - t);
  }
  return median(runs);
};
const oursMs = await time(() => {
  for (const { f, src } of files) parseHcl(src, f);
});
const theirsMs = await time(async () => {
  for (const { f, src } of files) await parse(f, src);
});
const mbps = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
console.log(`files: ${files.length} (${(bytes / 1e6).toFixed(2)} MB)`);
console.log(`agreement with hcl2json: ${agree}/${files.length}; Costgate parse errors: ${ourErrors}`);
for (const f of differ) console.log(`  differs: ${f}`);
console.log(`Costgate parser: ${oursMs.toFixed(1)} ms median, ${mbps(oursMs)} MB/s`);
console.log(`@cdktn/hcl2json: ${theirsMs.toFixed(1)} ms median, ${mbps(theirsMs)} MB/s`);
