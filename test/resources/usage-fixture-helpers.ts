import type { ProjectBreakdown, ResourceCost } from "../../src/estimate/breakdown-types.js";

export function resourceOf(breakdown: ProjectBreakdown, address: string): ResourceCost {
  const resource = breakdown.resources.find((r) => r.address === address);
  if (!resource) throw new Error(`no ${address} in ${breakdown.resources.map((r) => r.address).join(", ")}`);
  return resource;
}

/** One resource's components as [name, unit price per display unit] pairs: what "depends on usage" shows. */
export function unitPrices(breakdown: ProjectBreakdown, address: string): [string, string | null][] {
  return resourceOf(breakdown, address).components.map((c) => [c.name, c.price?.toString() ?? null]);
}

/** Why a component has no price, e.g. the snapshot message a user sees. */
export function gap(breakdown: ProjectBreakdown, address: string, component: string): string | null {
  const c = resourceOf(breakdown, address).components.find((x) => x.name === component);
  if (!c) throw new Error(`${address} has no component "${component}"`);
  return c.unknownReason;
}

/** The message the snapshot gives for a price it does not bundle. */
export function noBundledPrice(what: string, where: string): string {
  return `no bundled price for ${what} in ${where}; configure AWS credentials for live prices`;
}
