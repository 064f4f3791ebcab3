import type { ResourceInstance } from "../resource-instance.js";
import { resolveAll } from "../eval/object-tags.js";
import { isUnknown, type Unknown } from "../unknown.js";
import type { Value } from "../value.js";
import { childExpansion, moduleOutputs } from "./module-calls.js";
import type { ModuleInstance } from "./module-instance.js";
import { resourceExpansion } from "./resource-expansion.js";

/** A module call whose code could not be had (remote source without a fetcher, fetch failed). */
export interface UnresolvedModule {
  /** Instance address of the call, e.g. `module.vpc` or `module.app["eu"].module.db`. */
  address: string;
  source: string;
  reason: string;
  file: string;
  line: number;
}

/**
 * Walks module instances depth-first and lists every managed resource instance with its
 * evaluated attributes. Locals and outputs are evaluated too, so every configuration error
 * is reported even where nothing priced depends on it.
 */
export function collectInstances(root: ModuleInstance): { instances: ResourceInstance[]; unresolved: UnresolvedModule[] } {
  const instances: ResourceInstance[] = [];
  const unresolved: UnresolvedModule[] = [];
  const visit = (m: ModuleInstance) => {
    for (const [key, res] of m.config.resources) {
      const { expansion, instances: states } = resourceExpansion(m, key);
      for (const s of states) {
        if (res.mode !== "managed") continue;
        const attributes = s.object;
        instances.push({
          address: s.address,
          mode: res.mode,
          type: res.type,
          name: res.name,
          module: m.address,
          region: ownRegion(attributes) ?? s.region,
          attributes: attributes as ResourceInstance["attributes"],
          file: res.range.file,
          line: res.range.start.line,
          countUnknown: m.countUnknown || expansion.unknown !== undefined,
        });
      }
    }
    resolveAll(m.ctx, m.ctx.scope.vars.local, m.config.locals.keys());
    touchAll(moduleOutputs(m));
    for (const name of m.config.moduleCalls.keys()) {
      const child = childExpansion(m, name);
      for (const inst of child.instances) {
        if (inst.module) visit(inst.module);
        else if ("error" in child.target) {
          const { source, error } = child.target;
          unresolved.push({ address: inst.address, source, reason: error, file: child.call.range.file, line: child.call.range.start.line });
          if (source) {
            m.ctx.diagnostics.push({
              severity: "warning",
              summary: "Module not available",
              detail: `The resources of ${inst.address} (${source}) cannot be listed, so they are not estimated: ${error}.`,
              range: child.call.range,
            });
          }
        }
      }
    }
  };
  visit(root);
  return { instances, unresolved };
}

/** AWS provider 6 lets a resource set its own `region`, overriding the provider's. */
function ownRegion(attributes: Value): string | Unknown | undefined {
  const own = (attributes as Record<string, Value>).region;
  return typeof own === "string" || isUnknown(own) ? own : undefined;
}

function touchAll(obj: Value): void {
  if (obj && typeof obj === "object" && !Array.isArray(obj)) for (const k of Object.keys(obj)) void (obj as Record<string, Value>)[k];
}
