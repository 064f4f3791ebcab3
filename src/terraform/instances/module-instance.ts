import { callKey, type CallTarget } from "../config/load-modules.js";
import type { ModuleCallConfig, ModuleConfig, ResourceConfig } from "../config/module-config.js";
import type { AssignedValue } from "../config/root-variables.js";
import type { SourceRange } from "../diagnostic.js";
import { childContext, type EvalContext } from "../eval/context.js";
import { evaluate } from "../eval/evaluate.js";
import { defineLazy } from "../eval/object-tags.js";
import { fail } from "../eval/unknowns.js";
import { Unknown } from "../unknown.js";
import type { Value } from "../value.js";
import { joinAddress } from "./address.js";
import { builtinDataSource } from "./data-sources.js";
import { expand, type Expansion, type InstanceKey } from "./expand.js";
import { functionContext } from "./function-context.js";
import { declaredNames, namespace, unknownRoot } from "./namespaces.js";
import { childProviders, DEFAULT_REGION, providerKey, providerRegion, type ProviderRegion } from "./providers.js";
import { bodyObject, RESOURCE_META } from "./resource-body.js";
import type { Runtime } from "./runtime.js";
import { variableValue } from "./variables.js";

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

/** One instance of a module (the root, or `module.app["eu"]`), evaluated lazily. */
export interface ModuleInstance {
  address: string;
  config: ModuleConfig;
  ctx: EvalContext;
  /** An enclosing module's count/for_each is unknown. */
  countUnknown: boolean;
  resource(key: string): ResourceExpansion;
  children(name: string): ChildExpansion;
  outputs(): Record<string, Value>;
}

interface Parent {
  instance: ModuleInstance;
  call: ModuleCallConfig;
  /** The parent's context plus the module call's count/each. */
  callCtx: EvalContext;
}

export function createModuleInstance(rt: Runtime, p: { address: string; dir: string; parent?: Parent; countUnknown: boolean; providers: Map<string, ProviderRegion> }): ModuleInstance {
  const config = rt.loaded.modules.get(p.dir)!;
  const label = p.address ? `module ${p.address}` : "the root module";
  const roots: Record<string, Value> = {};
  const ctx: EvalContext = {
    scope: { vars: roots },
    functions: rt.functions,
    functionContext: functionContext(rt, p.dir),
    diagnostics: rt.diagnostics,
    pendingFiles: rt.pendingFiles,
    unknownRoot: unknownRoot(label),
  };
  const constCtx: EvalContext = { ...ctx, scope: { vars: {} }, unknownRoot: (name, range, c) => fail(c, range, "Variables not allowed", `Variables may not be used here ("${name}").`) };
  const providers = new Map(p.providers);
  for (const prov of config.providers) providers.set(providerKey(prov), providerRegion(prov, ctx));

  const resources = new Map<string, ResourceExpansion>();
  const childMemo = new Map<string, ChildExpansion>();
  const self: ModuleInstance = { address: p.address, config, ctx, countUnknown: p.countUnknown, resource, children, outputs: memo(buildOutputs) };

  roots.var = declaredNames({
    has: (n) => config.variables.has(n),
    compute: (name) => {
      const decl = config.variables.get(name)!;
      return variableValue({ decl, given: givenValue(name), constCtx, missing: () => missingVariable(name, decl.range) });
    },
    onCycle: (name) => new Unknown(`var.${name} refers to itself`),
    summary: "Reference to undeclared input variable",
    detail: (n) => `An input variable with the name "${n}" has not been declared in ${label}.`,
  });

  // Locals, with cycle detection naming every local in the cycle.
  const evaluating: string[] = [];
  roots.local = declaredNames({
    has: (n) => config.locals.has(n),
    compute: (name) => {
      evaluating.push(name);
      try {
        return evaluate(config.locals.get(name)!.expr, ctx);
      } finally {
        evaluating.pop();
      }
    },
    onCycle: (name) => {
      const cycle = [...evaluating.slice(evaluating.indexOf(name)), name];
      const where = (n: string) => `local.${n} (${config.locals.get(n)!.range.file}:${config.locals.get(n)!.range.start.line})`;
      return fail(ctx, config.locals.get(name)!.range, "Cycle in local values", `The local values refer to each other in a loop: ${cycle.map(where).join(" -> ")}.`);
    },
    summary: "Reference to undeclared local value",
    detail: (n) => `A local value with the name "${n}" has not been declared in ${label}.`,
  });

  // Resources by type (`aws_instance.web`) and data sources (`data.aws_ami.x`).
  const byType = { managed: new Map<string, string[]>(), data: new Map<string, string[]>() };
  for (const res of config.resources.values()) {
    const names = byType[res.mode].get(res.type) ?? [];
    names.push(res.name);
    byType[res.mode].set(res.type, names);
  }
  const typeNamespace = (mode: "managed" | "data", type: string, names: string[]) =>
    declaredNames({
      has: (n) => names.includes(n),
      compute: (name) => resourceValue(mode === "data" ? `data.${type}.${name}` : `${type}.${name}`),
      onCycle: (name) => fail(ctx, config.resources.get(mode === "data" ? `data.${type}.${name}` : `${type}.${name}`)!.range, "Cycle", `${type}.${name} refers to itself.`),
      summary: "Reference to undeclared resource",
      detail: (n) => `A ${mode} resource "${type}" "${n}" has not been declared in ${label}.`,
    });
  for (const [type, names] of byType.managed) roots[type] = typeNamespace("managed", type, names);
  const dataTypes = new Map([...byType.data].map(([type, names]) => [type, typeNamespace("data", type, names)]));
  roots.data = declaredNames({
    has: (t) => dataTypes.has(t),
    compute: (type) => dataTypes.get(type)!,
    onCycle: () => new Unknown("data source cycle"),
    summary: "Reference to undeclared data source type",
    detail: (t) => `No data source of type "${t}" is declared in ${label}.`,
  });

  roots.module = declaredNames({
    has: (n) => config.moduleCalls.has(n),
    compute: moduleValue,
    onCycle: (name) => fail(ctx, config.moduleCalls.get(name)!.range, "Cycle", `module.${name} refers to itself.`),
    summary: "Reference to undeclared module",
    detail: (n) => `No module call named "${n}" is declared in ${label}.`,
  });

  // Source-root relative, as FunctionContext.moduleDir/rootDir: file("${path.module}/x") resolves there.
  roots.path = { module: p.dir, root: rt.loaded.rootDir, cwd: rt.loaded.rootDir };
  roots.terraform = { workspace: rt.workspace };
  return self;

  function givenValue(name: string): AssignedValue | undefined {
    if (!p.parent) return rt.rootVariables.get(name);
    const input = p.parent.call.inputs.find((a) => a.name === name);
    return input && { value: evaluate(input.expr, p.parent.callCtx), range: input.range };
  }

  function missingVariable(name: string, range: SourceRange): Value {
    if (!p.parent) {
      ctx.diagnostics.push({ severity: "warning", summary: "No value for required variable", detail: `The root module variable "${name}" has no default and no value; set it in a .tfvars file or the project's vars. Everything that depends on it is unknown.`, range });
      return new Unknown(`var.${name} has no value`);
    }
    return fail(p.parent.callCtx, p.parent.call.range, "Missing required argument", `The argument "${name}" is required by module ${p.address}, but no definition was found.`);
  }

  function resource(key: string): ResourceExpansion {
    return resources.get(key) ?? expandResource(key);
  }

  function expandResource(key: string): ResourceExpansion {
    const res = config.resources.get(key)!;
    const base = joinAddress(p.address, key);
    const expansion = expand(res.count, res.forEach, ctx, base);
    const region = regionFor(res);
    const instances = expansion.instances.map((k) => {
      const address = base + k.suffix;
      const ictx = childContext(ctx, k.vars);
      const object = bodyObject(res.body, { ctx: ictx, address, path: "", skip: RESOURCE_META });
      const builtin = res.mode === "data" ? builtinDataSource(res.type, region) : undefined;
      for (const [name, value] of Object.entries(builtin ?? {})) if (!(name in object)) object[name] = value;
      return { key: k, address, object, region };
    });
    const result = { config: res, expansion, instances };
    resources.set(key, result);
    return result;
  }

  function regionFor(res: ResourceConfig): string | Unknown {
    const key = res.provider ?? res.type.slice(0, res.type.indexOf("_") >>> 0);
    const found = providers.get(key) ?? (key.includes(".") ? undefined : providers.get("aws"));
    if (found) return found();
    if (key.includes(".")) {
      fail(ctx, res.range, "Provider configuration not present", `${joinAddress(p.address, `${res.type}.${res.name}`)} uses provider ${key}, which is not configured in ${label}.`);
    }
    return DEFAULT_REGION;
  }

  function resourceValue(key: string): Value {
    const { expansion, instances } = resource(key);
    if (expansion.unknown) return new Unknown(expansion.unknown.reason);
    if (expansion.mode === "single") return instances[0].object;
    if (expansion.mode === "count") return instances.map((i) => i.object);
    return Object.fromEntries(instances.map((i) => [String(i.key.key), i.object]));
  }

  function children(name: string): ChildExpansion {
    const hit = childMemo.get(name);
    if (hit) return hit;
    const call = config.moduleCalls.get(name)!;
    const target = rt.loaded.calls.get(callKey(p.dir, name)) ?? { error: "it was not loaded", source: "" };
    const expansion = expand(call.count, call.forEach, ctx, joinAddress(p.address, `module.${name}`));
    const instances = expansion.instances.map((k) => {
      const address = joinAddress(p.address, `module.${name}${k.suffix}`);
      if (!("dir" in target)) return { address };
      const callCtx = childContext(ctx, k.vars);
      const module = createModuleInstance(rt, {
        address,
        dir: target.dir,
        parent: { instance: self, call, callCtx },
        countUnknown: p.countUnknown || expansion.unknown !== undefined,
        providers: childProviders(providers, call.providers, ctx, call.range),
      });
      checkInputs(call, module.config);
      return { address, module };
    });
    const result = { call, target, expansion, instances };
    childMemo.set(name, result);
    return result;
  }

  function checkInputs(call: ModuleCallConfig, child: ModuleConfig): void {
    for (const input of call.inputs) {
      if (!child.variables.has(input.name)) {
        fail(ctx, input.nameRange, "Unsupported argument", `An argument named "${input.name}" is not expected here: module "${call.name}" declares no such variable.`);
      }
    }
  }

  function moduleValue(name: string): Value {
    const { target, expansion, instances } = children(name);
    if ("error" in target) return new Unknown(`module.${name} (${target.source || "?"}) is not available: ${target.error}`);
    if (expansion.unknown) return new Unknown(expansion.unknown.reason);
    const outs = instances.map((i) => i.module!.outputs());
    if (expansion.mode === "single") return outs[0];
    if (expansion.mode === "count") return outs;
    return Object.fromEntries(expansion.instances.map((k, i) => [String(k.key), outs[i]]));
  }

  function buildOutputs(): Record<string, Value> {
    const out = namespace("Unsupported attribute", (n) => `Module ${p.address || "root"} has no output named "${n}".`);
    for (const o of config.outputs.values()) defineLazy(out, o.name, () => evaluate(o.expr, ctx), () => fail(ctx, o.range, "Cycle", `output "${o.name}" refers to itself.`));
    return out;
  }
}

function memo<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}
