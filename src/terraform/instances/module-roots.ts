import { evaluate } from "../eval/evaluate.js";
import { fail } from "../eval/unknowns.js";
import { Unknown } from "../unknown.js";
import type { Value } from "../value.js";
import { moduleValue } from "./module-calls.js";
import { givenValue, missingVariable, type ModuleInstance } from "./module-instance.js";
import { declaredNames } from "./namespaces.js";
import { resourceValue } from "./resource-expansion.js";
import { variableValue } from "./variables.js";

/**
 * The names a module's expressions start from: `var`, `local`, resource types, `data`,
 * `module`, `path`, `terraform`. Each declared name is evaluated on first use and remembered.
 */
export function moduleRoots(m: ModuleInstance): Record<string, Value> {
  const { config, ctx, label } = m;
  const roots: Record<string, Value> = {};
  roots.var = declaredNames(ctx, {
    has: (n) => config.variables.has(n),
    compute: (name) => {
      const decl = config.variables.get(name)!;
      return variableValue({ decl, given: givenValue(m, name), constCtx: m.constCtx, missing: () => missingVariable(m, name, decl.range) });
    },
    onCycle: (name) => new Unknown(`var.${name} refers to itself`),
    summary: "Reference to undeclared input variable",
    detail: (n) => `An input variable with the name "${n}" has not been declared in ${label}.`,
  });
  roots.local = localsNamespace(m);

  const byType = { managed: new Map<string, string[]>(), data: new Map<string, string[]>() };
  for (const res of config.resources.values()) {
    const names = byType[res.mode].get(res.type) ?? [];
    names.push(res.name);
    byType[res.mode].set(res.type, names);
  }
  const typeNamespace = (mode: "managed" | "data", type: string, names: string[]) => {
    const key = (name: string) => (mode === "data" ? `data.${type}.${name}` : `${type}.${name}`);
    return declaredNames(ctx, {
      has: (n) => names.includes(n),
      compute: (name) => resourceValue(m, key(name)),
      onCycle: (name) => fail(ctx, config.resources.get(key(name))!.range, "Cycle", `${key(name)} refers to itself.`),
      summary: "Reference to undeclared resource",
      detail: (n) => `A ${mode} resource "${type}" "${n}" has not been declared in ${label}.`,
    });
  };
  for (const [type, names] of byType.managed) roots[type] = typeNamespace("managed", type, names);
  const dataTypes = new Map([...byType.data].map(([type, names]) => [type, typeNamespace("data", type, names)]));
  roots.data = declaredNames(ctx, {
    has: (t) => dataTypes.has(t),
    compute: (type) => dataTypes.get(type)!,
    onCycle: () => new Unknown("data source cycle"),
    summary: "Reference to undeclared data source type",
    detail: (t) => `No data source of type "${t}" is declared in ${label}.`,
  });
  roots.module = declaredNames(ctx, {
    has: (n) => config.moduleCalls.has(n),
    compute: (name) => moduleValue(m, name),
    onCycle: (name) => fail(ctx, config.moduleCalls.get(name)!.range, "Cycle", `module.${name} refers to itself.`),
    summary: "Reference to undeclared module",
    detail: (n) => `No module call named "${n}" is declared in ${label}.`,
  });
  // Source-root relative, as FunctionContext.moduleDir/rootDir: file("${path.module}/x") resolves there.
  roots.path = { module: m.dir, root: m.rt.loaded.rootDir, cwd: m.rt.loaded.rootDir };
  roots.terraform = { workspace: m.rt.workspace };
  return roots;
}

/** Locals, evaluated lazily; a cycle is reported once, naming every local in it with file and line. */
function localsNamespace(m: ModuleInstance): Value {
  const { config, ctx, label } = m;
  const evaluating: string[] = [];
  const where = (n: string) => `local.${n} (${config.locals.get(n)!.range.file}:${config.locals.get(n)!.range.start.line})`;
  return declaredNames(ctx, {
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
      return fail(ctx, config.locals.get(name)!.range, "Cycle in local values", `The local values refer to each other in a loop: ${cycle.map(where).join(" -> ")}.`);
    },
    summary: "Reference to undeclared local value",
    detail: (n) => `A local value with the name "${n}" has not been declared in ${label}.`,
  });
}
