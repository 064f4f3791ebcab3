import path from "node:path";
import type { ProjectBreakdown } from "../../src/estimate/breakdown-types.js";
import { estimateTreeProject } from "../../src/estimate/estimate-tree.js";
import type { PriceLookup } from "../../src/estimate/estimate-project.js";
import { createPricing } from "../../src/pricing/create-pricing.js";
import { LocalTree } from "../../src/source/local-tree.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
let snapshot: Promise<PriceLookup> | undefined;

/** The bundled snapshot, as `COSTGATE_PRICING=snapshot` uses it (loaded once per test file). */
export function snapshotPrices(): Promise<PriceLookup> {
  snapshot ??= createPricing({ mode: "snapshot", cacheDir: false });
  return snapshot;
}

/**
 * Evaluates and prices a Terraform fixture directory (`fixtures/resources/<name>`) the way
 * `costgate breakdown` does, with its `usage.yml` when there is one.
 */
export async function estimateFixture(name: string, options: { prices?: PriceLookup; usageFile?: string } = {}): Promise<ProjectBreakdown> {
  const dir = `fixtures/resources/${name}`;
  const tree = new LocalTree(ROOT);
  const files = await tree.list();
  const usageFile = options.usageFile ?? (files.includes(`${dir}/usage.yml`) ? `${dir}/usage.yml` : undefined);
  return estimateTreeProject(tree, { name, path: dir, varFiles: [], vars: {}, workspace: "default", usageFile }, { prices: options.prices ?? (await snapshotPrices()) });
}

/** One resource's components as [name, monthly cost] pairs, for compact assertions. */
export function costs(breakdown: ProjectBreakdown, address: string): [string, string | null][] {
  const resource = breakdown.resources.find((r) => r.address === address);
  if (!resource) throw new Error(`no ${address} in ${breakdown.resources.map((r) => r.address).join(", ")}`);
  return resource.components.map((c) => [c.subresource ? `${c.subresource}: ${c.name}` : c.name, c.monthlyCost?.toString() ?? null]);
}
