import { callKey } from "../config/load-modules.js";
import type { ModuleCallConfig, ModuleConfig } from "../config/module-config.js";
import { childContext } from "../eval/context.js";
import { evaluate } from "../eval/evaluate.js";
import { defineLazy } from "../eval/object-tags.js";
import { fail } from "../eval/unknowns.js";
import { Unknown } from "../unknown.js";
import type { Value } from "../value.js";
import { joinAddress } from "./address.js";
import { expand } from "./expand.js";
import { type ChildExpansion, createModuleInstance, type ModuleInstance } from "./module-instance.js";
import { namespace } from "./namespaces.js";
import { childProviders } from "./providers.js";

/** The instances of a module call (`module.app["eu"]`...), created once, evaluated lazily. */
export function childExpansion(m: ModuleInstance, name: string): ChildExpansion {
  const hit = m.children.get(name);
  if (hit) return hit;
  const call = m.config.moduleCalls.get(name)!;
  const target = m.rt.loaded.calls.get(callKey(m.dir, name)) ?? { error: "it was not loaded", source: "" };
  const expansion = expand(call.count, call.forEach, m.ctx, joinAddress(m.address, `module.${name}`));
  const instances = expansion.instances.map((k) => {
    const address = joinAddress(m.address, `module.${name}${k.suffix}`);
    if (!("dir" in target)) return { address };
    const module = createModuleInstance(m.rt, {
      address,
      dir: target.dir,
      parent: { instance: m, call, callCtx: childContext(m.ctx, k.vars) },
      countUnknown: m.countUnknown || expansion.unknown !== undefined,
      providers: childProviders(m.providers, call.providers, m.ctx, call.range),
    });
    checkInputs(m, call, module.config);
    return { address, module };
  });
  const result = { call, target, expansion, instances };
  m.children.set(name, result);
  return result;
}

function checkInputs(m: ModuleInstance, call: ModuleCallConfig, child: ModuleConfig): void {
  for (const input of call.inputs) {
    if (!child.variables.has(input.name)) {
      fail(m.ctx, input.nameRange, "Unsupported argument", `An argument named "${input.name}" is not expected here: module "${call.name}" declares no such variable.`);
    }
  }
}

/** What `module.x` evaluates to: the outputs object, a list (count) or a map (for_each). */
export function moduleValue(m: ModuleInstance, name: string): Value {
  const { target, expansion, instances } = childExpansion(m, name);
  if ("error" in target) return new Unknown(`module.${name} (${target.source || "?"}) is not available: ${target.error}`);
  if (expansion.unknown) return new Unknown(expansion.unknown.reason);
  const outs = instances.map((i) => moduleOutputs(i.module!));
  if (expansion.mode === "single") return outs[0];
  if (expansion.mode === "count") return outs;
  return Object.fromEntries(expansion.instances.map((k, i) => [String(k.key), outs[i]]));
}

/** A module instance's outputs, each evaluated on first read (they are few; a real object so `for` can iterate it). */
export function moduleOutputs(m: ModuleInstance): Record<string, Value> {
  if (m.outputs) return m.outputs;
  const out = namespace(m.ctx, "Unsupported attribute", (n) => `Module ${m.address || "root"} has no output named "${n}".`);
  for (const o of m.config.outputs.values()) {
    defineLazy(out, o.name, () => evaluate(o.expr, m.ctx), () => fail(m.ctx, o.range, "Cycle", `output "${o.name}" refers to itself.`));
  }
  m.outputs = out;
  return out;
}
