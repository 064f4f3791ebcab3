import type { ProviderConfig } from "../config/module-config.js";
import type { EvalContext } from "../eval/context.js";
import { evaluate } from "../eval/evaluate.js";
import { fail } from "../eval/unknowns.js";
import { isUnknown, Unknown } from "../unknown.js";

/** Region of a provider configuration, computed once when first needed. */
export type ProviderRegion = () => string | Unknown;

/** Terraform's AWS provider has no default region; Costgate assumes the most common one. */
export const DEFAULT_REGION = "us-east-1";

export const defaultProviderRegion: ProviderRegion = () => DEFAULT_REGION;

export function providerKey(p: ProviderConfig): string {
  return p.alias ? `${p.name}.${p.alias}` : p.name;
}

export function providerRegion(p: ProviderConfig, ctx: EvalContext): ProviderRegion {
  let memo: string | Unknown | undefined;
  return () => {
    if (memo !== undefined) return memo;
    const expr = p.body.attributes.find((a) => a.name === "region")?.expr;
    const value = expr ? evaluate(expr, ctx) : null;
    if (isUnknown(value)) memo = new Unknown(`the region of provider ${providerKey(p)} is not known: ${value.reason}`);
    else if (value === null) memo = DEFAULT_REGION;
    else if (typeof value === "string") memo = value;
    else memo = fail(ctx, expr?.range, "Invalid provider region", `The region of provider ${providerKey(p)} must be a string.`);
    return memo;
  };
}

/** The providers a child module sees: the `providers` map, or else the parent's default (unaliased) ones. */
export function childProviders(parent: Map<string, ProviderRegion>, mapping: Record<string, string> | undefined, ctx: EvalContext, range: EvalContext["diagnostics"][number]["range"]): Map<string, ProviderRegion> {
  const out = new Map<string, ProviderRegion>();
  if (!mapping) {
    for (const [key, region] of parent) if (!key.includes(".")) out.set(key, region);
    return out;
  }
  for (const [child, parentKey] of Object.entries(mapping)) {
    const region = parent.get(parentKey);
    if (region) out.set(child, region);
    else fail(ctx, range, "Provider configuration not present", `The module's providers map passes ${parentKey}, which is not configured in the calling module.`);
  }
  return out;
}
