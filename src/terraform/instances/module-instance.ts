import type { CallTarget } from "../config/load-modules.js";
import type { ModuleCallConfig, ModuleConfig, ResourceConfig } from "../config/module-config.js";
import type { AssignedValue } from "../config/root-variables.js";
import type { SourceRange } from "../diagnostic.js";
import type { EvalContext } from "../eval/context.js";
import { evaluate } from "../eval/evaluate.js";
import { fail } from "../eval/unknowns.js";
import { Unknown } from "../unknown.js";
import type { Value } from "../value.js";
import type { Expansion, InstanceKey } from "./expand.js";
import { functionContext } from "./function-context.js";
import { moduleRoots } from "./module-roots.js";
import { unknownRoot } from "./namespaces.js";
import { providerKey, providerRegion, type ProviderRegion } from "./providers.js";
import type { Runtime } from "./runtime.js";

export interface ResourceInstanceState {
  key: InstanceKey;
  address: string;
  object: Record<string, Value>;
  region: string | Unknown;
}

export interface ResourceExpansion {
  config: ResourceConfig;
  expansion: Expansion;
  instances: ResourceInstanceState[];
}

export interface ChildExpansion {
  call: ModuleCallConfig;
  target: CallTarget;
  expansion: Expansion;
  instances: Array<{ address: string; module?: ModuleInstance }>;
}

export interface ModuleParent {
  instance: ModuleInstance;
  call: ModuleCallConfig;
  /** The parent's context plus the module call's count/each. */
  callCtx: EvalContext;
}

/**
 * One instance of a module (the root, or `module.app["eu"]`): plain state that the functions
 * in resource-expansion.ts and module-calls.ts fill in lazily, when something needs it.
 */
export interface ModuleInstance {
  rt: Runtime;
  address: string;
  dir: string;
  /** "the root module" or "module module.x", for messages. */
  label: string;
  config: ModuleConfig;
  ctx: EvalContext;
  /** For variable defaults and type defaults: no references allowed. */
  constCtx: EvalContext;
  /** An enclosing module's count/for_each is unknown. */
  countUnknown: boolean;
  parent?: ModuleParent;
  providers: Map<string, ProviderRegion>;
  resources: Map<string, ResourceExpansion>;
  children: Map<string, ChildExpansion>;
  outputs?: Record<string, Value>;
}

export function createModuleInstance(
  rt: Runtime,
  p: { address: string; dir: string; parent?: ModuleParent; countUnknown: boolean; providers: Map<string, ProviderRegion> },
): ModuleInstance {
  const config = rt.loaded.modules.get(p.dir)!;
  const label = p.address ? `module ${p.address}` : "the root module";
  const roots: Record<string, Value> = {};
  const ctx: EvalContext = {
    scope: { vars: roots },
    functions: rt.functions,
    functionContext: functionContext(rt, p.dir),
    diagnostics: rt.diagnostics,
    pendingFiles: rt.pendingFiles,
    tags: rt.tags,
    unknownRoot: unknownRoot(label),
  };
  const m: ModuleInstance = {
    rt,
    address: p.address,
    dir: p.dir,
    label,
    config,
    ctx,
    constCtx: { ...ctx, scope: { vars: {} }, unknownRoot: noReferences },
    countUnknown: p.countUnknown,
    parent: p.parent,
    providers: new Map(p.providers),
    resources: new Map(),
    children: new Map(),
  };
  for (const prov of config.providers) m.providers.set(providerKey(prov), providerRegion(prov, ctx));
  Object.assign(roots, moduleRoots(m));
  return m;
}

const noReferences = (name: string, range: SourceRange, ctx: EvalContext): Value => fail(ctx, range, "Variables not allowed", `Variables may not be used here ("${name}").`);

/** The value given for a variable: tfvars / -var at the root, the module block's argument in a child. */
export function givenValue(m: ModuleInstance, name: string): AssignedValue | undefined {
  if (!m.parent) return m.rt.rootVariables.get(name);
  const input = m.parent.call.inputs.find((a) => a.name === name);
  return input && { value: evaluate(input.expr, m.parent.callCtx), range: input.range };
}

export function missingVariable(m: ModuleInstance, name: string, range: SourceRange): Value {
  if (!m.parent) {
    m.ctx.diagnostics.push({
      severity: "warning",
      summary: "No value for required variable",
      detail: `The root module variable "${name}" has no default and no value; set it in a .tfvars file or the project's vars. Everything that depends on it is unknown.`,
      range,
    });
    return new Unknown(`var.${name} has no value`);
  }
  return fail(m.parent.callCtx, m.parent.call.range, "Missing required argument", `The argument "${name}" is required by module ${m.address}, but no definition was found.`);
}
