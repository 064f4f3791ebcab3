import { estimateTreeProject } from "../src/estimate/estimate-tree.js";
import { createPricing } from "../src/pricing/create-pricing.js";
import { LocalTree } from "../src/source/local-tree.js";
import { median, ms, timeRuns } from "./bench-util.js";
import { generateRepository } from "./generated-repo.js";

/**
 * Time to estimate one generated project of about 1,000 resource instances (evaluate + price
 * from the bundled snapshot), cold (first run in the process) and warm (median of 7).
 */
export async function benchEstimate(): Promise<void> {
  // 3 roles x n instances + n volumes + 9 others = 1,001 instances for n = 248.
  const instanceCount = 248;
  const root = await generateRepository(1, instanceCount);
  const prices = await createPricing({ mode: "snapshot", cacheDir: false });
  const project = { name: "p01", path: "projects/p01", varFiles: [], vars: {}, workspace: "default" };
  const run = () => estimateTreeProject(new LocalTree(root), project, { prices });
  const [cold] = await timeRuns(1, run);
  const breakdown = await run();
  const warm = await timeRuns(7, run);
  const counts = breakdown.resources.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
  console.log(`estimate: ${breakdown.resources.length} resource instances (${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ")}), total $${breakdown.totalMonthlyCost.toFixed(2)}/month`);
  console.log(`  cold ${ms(cold!)}, warm median ${ms(median(warm))} (min ${ms(Math.min(...warm))}, max ${ms(Math.max(...warm))})`);
}
