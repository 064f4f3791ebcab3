import type { Diagnostic, SourceRange } from "../diagnostic.js";
import type { Attribute, Block, Body, Expr } from "../hcl/ast.js";

/** One `.tf` file of a module, parsed. `path` is relative to the source root. */
export interface ParsedFile {
  path: string;
  body: Body;
}

export interface VariableConfig {
  name: string;
  type?: Expr;
  default?: Expr;
  nullable: boolean;
  range: SourceRange;
}

export interface ResourceConfig {
  mode: "managed" | "data";
  type: string;
  name: string;
  body: Body;
  count?: Expr;
  forEach?: Expr;
  /** `provider = aws.west` as "aws.west". */
  provider?: string;
  range: SourceRange;
}

export interface ModuleCallConfig {
  name: string;
  source: Expr;
  version?: Expr;
  count?: Expr;
  forEach?: Expr;
  /** `providers = { aws = aws.west }` as child key -> parent key. */
  providers?: Record<string, string>;
  /** Arguments that are not meta-arguments: the child's input variables. */
  inputs: Attribute[];
  range: SourceRange;
}

export interface ProviderConfig {
  name: string;
  alias?: string;
  body: Body;
  range: SourceRange;
}

export interface NamedExpr {
  name: string;
  expr: Expr;
  range: SourceRange;
}

/** What a module directory declares, collected from all its `.tf` files. */
export interface ModuleConfig {
  dir: string;
  variables: Map<string, VariableConfig>;
  locals: Map<string, NamedExpr>;
  outputs: Map<string, NamedExpr>;
  /** Managed and data resources, keyed `type.name` and `data.type.name`. */
  resources: Map<string, ResourceConfig>;
  moduleCalls: Map<string, ModuleCallConfig>;
  providers: ProviderConfig[];
  diagnostics: Diagnostic[];
}

const attr = (body: Body, name: string): Attribute | undefined => body.attributes.find((a) => a.name === name);

/** `aws.west` / `aws` written as a traversal, or a string key. */
export function traversalName(e: Expr): string | undefined {
  if (e.kind === "variable") return e.name;
  if (e.kind === "getAttr") {
    const base = traversalName(e.source);
    return base && `${base}.${e.name}`;
  }
  if (e.kind === "template" && e.parts.length === 1 && e.parts[0].kind === "literal") return String(e.parts[0].value);
  if (e.kind === "literal" && typeof e.value === "string") return e.value;
  return undefined;
}

export function collectModuleConfig(dir: string, files: ParsedFile[]): ModuleConfig {
  const config: ModuleConfig = {
    dir,
    variables: new Map(),
    locals: new Map(),
    outputs: new Map(),
    resources: new Map(),
    moduleCalls: new Map(),
    providers: [],
    diagnostics: [],
  };
  const duplicate = (kind: string, name: string, range: SourceRange) =>
    config.diagnostics.push({ severity: "error", summary: `Duplicate ${kind}`, detail: `${name} was already declared in this module.`, range });
  for (const file of files) {
    for (const block of file.body.blocks) collectBlock(config, block, duplicate);
  }
  return config;
}

type Duplicate = (kind: string, name: string, range: SourceRange) => void;

function collectBlock(config: ModuleConfig, block: Block, duplicate: Duplicate): void {
  const [l0, l1] = block.labels;
  const b = block.body;
  switch (block.type) {
    case "variable":
      if (config.variables.has(l0)) return duplicate("variable", `variable "${l0}"`, block.range);
      config.variables.set(l0, { name: l0, type: attr(b, "type")?.expr, default: attr(b, "default")?.expr, nullable: nullableOf(b), range: block.range });
      return;
    case "locals":
      for (const a of b.attributes) {
        if (config.locals.has(a.name)) duplicate("local value", `local.${a.name}`, a.range);
        else config.locals.set(a.name, { name: a.name, expr: a.expr, range: a.range });
      }
      return;
    case "output": {
      const value = attr(b, "value");
      if (value) config.outputs.set(l0, { name: l0, expr: value.expr, range: block.range });
      return;
    }
    case "resource":
    case "data": {
      const mode = block.type === "data" ? "data" : "managed";
      const key = mode === "data" ? `data.${l0}.${l1}` : `${l0}.${l1}`;
      if (config.resources.has(key)) return duplicate("resource", key, block.range);
      const provider = attr(b, "provider");
      config.resources.set(key, {
        mode,
        type: l0,
        name: l1,
        body: b,
        count: attr(b, "count")?.expr,
        forEach: attr(b, "for_each")?.expr,
        provider: provider && traversalName(provider.expr),
        range: block.range,
      });
      return;
    }
    case "module":
      return collectModuleCall(config, block, duplicate);
    case "provider":
      config.providers.push({ name: l0, alias: literalString(attr(b, "alias")?.expr), body: b, range: block.range });
      return;
  }
}

const MODULE_META = new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);

function collectModuleCall(config: ModuleConfig, block: Block, duplicate: Duplicate): void {
  const name = block.labels[0];
  if (config.moduleCalls.has(name)) return duplicate("module call", `module.${name}`, block.range);
  const b = block.body;
  const source = attr(b, "source");
  if (!source) {
    config.diagnostics.push({ severity: "error", summary: "Missing required argument", detail: `The module "${name}" has no "source" argument.`, range: block.range });
    return;
  }
  const providersExpr = attr(b, "providers")?.expr;
  let providers: Record<string, string> | undefined;
  if (providersExpr?.kind === "object") {
    providers = {};
    for (const item of providersExpr.items) {
      const child = traversalName(item.key.kind === "parens" ? item.key.inner : item.key);
      const parent = traversalName(item.value);
      if (child && parent) providers[child] = parent;
    }
  }
  config.moduleCalls.set(name, {
    name,
    source: source.expr,
    version: attr(b, "version")?.expr,
    count: attr(b, "count")?.expr,
    forEach: attr(b, "for_each")?.expr,
    providers,
    inputs: b.attributes.filter((a) => !MODULE_META.has(a.name)),
    range: block.range,
  });
}

function nullableOf(b: Body): boolean {
  const e = attr(b, "nullable")?.expr;
  return !(e?.kind === "literal" && e.value === false);
}

export function literalString(e: Expr | undefined): string | undefined {
  if (!e) return undefined;
  if (e.kind === "literal" && typeof e.value === "string") return e.value;
  if (e.kind === "template" && e.parts.every((p) => p.kind === "literal")) return e.parts.map((p) => (p.kind === "literal" ? String(p.value) : "")).join("");
  return undefined;
}
