import type { ResourceConfig } from "../config/module-config.js";
import { childContext } from "../eval/context.js";
import { fail } from "../eval/unknowns.js";
import { Unknown } from "../unknown.js";
import type { Value } from "../value.js";
import { joinAddress } from "./address.js";
import { builtinDataSource } from "./data-sources.js";
import { expand } from "./expand.js";
import type { ModuleInstance, ResourceExpansion } from "./module-instance.js";
import { DEFAULT_REGION } from "./providers.js";
import { bodyObject, RESOURCE_META } from "./resource-body.js";

/** A resource's instances in a module instance (`aws_instance.web[0]`...), evaluated once. */
export function resourceExpansion(m: ModuleInstance, key: string): ResourceExpansion {
  const hit = m.resources.get(key);
  if (hit) return hit;
  const res = m.config.resources.get(key)!;
  const base = joinAddress(m.address, key);
  const expansion = expand(res.count, res.forEach, m.ctx, base);
  const region = regionFor(m, res);
  const instances = expansion.instances.map((k) => {
    const address = base + k.suffix;
    const object = bodyObject(res.body, { ctx: childContext(m.ctx, k.vars), address, path: "", skip: RESOURCE_META });
    const builtin = res.mode === "data" ? builtinDataSource(res.type, region) : undefined;
    if (builtin) for (const [name, value] of Object.entries(builtin)) if (!(name in object)) object[name] = value;
    return { key: k, address, object, region };
  });
  const result = { config: res, expansion, instances };
  m.resources.set(key, result);
  return result;
}

/** What `aws_instance.web` evaluates to: the instance object, a list (count) or a map (for_each). */
export function resourceValue(m: ModuleInstance, key: string): Value {
  const { expansion, instances } = resourceExpansion(m, key);
  if (expansion.unknown) return new Unknown(expansion.unknown.reason);
  if (expansion.mode === "single") return instances[0].object;
  if (expansion.mode === "count") return instances.map((i) => i.object);
  return Object.fromEntries(instances.map((i) => [String(i.key.key), i.object]));
}

/** The region of the provider configuration a resource uses (`provider = aws.west`, else the default). */
function regionFor(m: ModuleInstance, res: ResourceConfig): string | Unknown {
  const key = res.provider ?? res.type.slice(0, res.type.indexOf("_") >>> 0);
  const found = m.providers.get(key) ?? (key.includes(".") ? undefined : m.providers.get("aws"));
  if (found) return found();
  if (key.includes(".")) {
    fail(m.ctx, res.range, "Provider configuration not present", `${joinAddress(m.address, `${res.type}.${res.name}`)} uses provider ${key}, which is not configured in ${m.label}.`);
  }
  return DEFAULT_REGION;
}
