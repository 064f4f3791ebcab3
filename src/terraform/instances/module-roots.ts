import { evaluate } from "../eval/evaluate.js";
import { lazyNamespace, type NamespaceSpec } from "../eval/object-tags.js";
import { fail } from "../eval/unknowns.js";
import { Unknown } from "../unknown.js";
import type { Value } from "../value.js";
import { moduleValue } from "./module-calls.js";
import { givenValue, missingVariable, type ModuleInstance } from "./module-instance.js";
import { resourceValue } from "./resource-expansion.js";
import { variableValue } from "./variables.js";

/**
 * The names a module's expressions start from: `var`, `local`, resource types, `data`,
 * `module`, `path`, `terraform`. Each declared name is evaluated on first use and remembered.
 */
export function moduleRoots(m: ModuleInstance): Record<string, Value> {
  const { config, ctx } = m;
  const roots: Record<string, Value> = {
    var: lazyNamespace(ctx, VARIABLES, m),
    local: lazyNamespace(ctx, LOCALS, { m, evaluating: [] }),
    module: lazyNamespace(ctx, MODULES, m),
    // Source-root relative, as FunctionContext.moduleDir/rootDir: file("${path.module}/x") resolves there.
    path: { module: m.dir, root: m.rt.loaded.rootDir, cwd: m.rt.loaded.rootDir },
    terraform: { workspace: m.rt.workspace },
  };
  const dataTypes = new Map<string, Value>();
  for (const res of config.resources.values()) {
    if (res.mode === "managed" && !Object.prototype.hasOwnProperty.call(roots, res.type)) roots[res.type] = lazyNamespace(ctx, RESOURCES, { m, mode: "managed", type: res.type });
    if (res.mode === "data" && !dataTypes.has(res.type)) dataTypes.set(res.type, lazyNamespace(ctx, RESOURCES, { m, mode: "data", type: res.type }));
  }
  roots.data = lazyNamespace(ctx, DATA_TYPES, { m, dataTypes });
  return roots;
}

const VARIABLES: NamespaceSpec<ModuleInstance> = {
  has: (m, n) => m.config.variables.has(n),
  compute: (m, name) => {
    const decl = m.config.variables.get(name)!;
    return variableValue({ decl, given: givenValue(m, name), constCtx: m.constCtx, missing: () => missingVariable(m, name, decl.range) });
  },
  onCycle: (_m, name) => new Unknown(`var.${name} refers to itself`),
  summary: "Reference to undeclared input variable",
  detail: (m, n) => `An input variable with the name "${n}" has not been declared in ${m.label}.`,
};

/** Locals, evaluated lazily; a cycle is reported once, naming every local in it with file and line. */
const LOCALS: NamespaceSpec<{ m: ModuleInstance; evaluating: string[] }> = {
  has: ({ m }, n) => m.config.locals.has(n),
  compute: ({ m, evaluating }, name) => {
    evaluating.push(name);
    try {
      return evaluate(m.config.locals.get(name)!.expr, m.ctx);
    } finally {
      evaluating.pop();
    }
  },
  onCycle: ({ m, evaluating }, name) => {
    const where = (n: string) => `local.${n} (${m.config.locals.get(n)!.range.file}:${m.config.locals.get(n)!.range.start.line})`;
    const cycle = [...evaluating.slice(evaluating.indexOf(name)), name];
    return fail(m.ctx, m.config.locals.get(name)!.range, "Cycle in local values", `The local values refer to each other in a loop: ${cycle.map(where).join(" -> ")}.`);
  },
  summary: "Reference to undeclared local value",
  detail: ({ m }, n) => `A local value with the name "${n}" has not been declared in ${m.label}.`,
};

type TypeArg = { m: ModuleInstance; mode: "managed" | "data"; type: string };
const resourceKey = (a: TypeArg, name: string) => (a.mode === "data" ? `data.${a.type}.${name}` : `${a.type}.${name}`);

/** `aws_instance.web`, `data.aws_ami.x`: the resources of one type. */
const RESOURCES: NamespaceSpec<TypeArg> = {
  has: (a, n) => a.m.config.resources.has(resourceKey(a, n)),
  compute: (a, name) => resourceValue(a.m, resourceKey(a, name)),
  onCycle: (a, name) => fail(a.m.ctx, a.m.config.resources.get(resourceKey(a, name))!.range, "Cycle", `${resourceKey(a, name)} refers to itself.`),
  summary: "Reference to undeclared resource",
  detail: (a, n) => `A ${a.mode} resource "${a.type}" "${n}" has not been declared in ${a.m.label}.`,
};

const DATA_TYPES: NamespaceSpec<{ m: ModuleInstance; dataTypes: Map<string, Value> }> = {
  has: (a, t) => a.dataTypes.has(t),
  compute: (a, t) => a.dataTypes.get(t)!,
  onCycle: () => new Unknown("data source cycle"),
  summary: "Reference to undeclared data source type",
  detail: (a, t) => `No data source of type "${t}" is declared in ${a.m.label}.`,
};

const MODULES: NamespaceSpec<ModuleInstance> = {
  has: (m, n) => m.config.moduleCalls.has(n),
  compute: (m, name) => moduleValue(m, name),
  onCycle: (m, name) => fail(m.ctx, m.config.moduleCalls.get(name)!.range, "Cycle", `module.${name} refers to itself.`),
  summary: "Reference to undeclared module",
  detail: (m, n) => `No module call named "${n}" is declared in ${m.label}.`,
};
