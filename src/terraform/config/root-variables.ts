import type { Diagnostic, SourceRange } from "../diagnostic.js";
import type { EvalContext } from "../eval/context.js";
import { evaluate } from "../eval/evaluate.js";
import { parseExpressionSource } from "../hcl/index.js";
import type { Project } from "../project.js";
import type { Value } from "../value.js";
import type { ModuleConfig } from "./module-config.js";
import { parseFileCached } from "./parse-file.js";
import { dirName, joinPath, type SourceFiles } from "./source-files.js";

export interface AssignedValue {
  value: Value;
  /** Where the value was set, for type mismatch messages. */
  range?: SourceRange;
}

/**
 * The files Terraform reads variable values from, lowest precedence first: terraform.tfvars,
 * terraform.tfvars.json, *.auto.tfvars(.json) in lexical order, then the project's -var-file
 * list in order (`-var` values come after all of them).
 */
export function varFilePaths(files: SourceFiles, rootDir: string, project: Project): string[] {
  const inRoot = files.list(rootDir).filter((f) => dirName(f) === rootDir);
  const name = (f: string) => f.slice(f.lastIndexOf("/") + 1);
  const auto = inRoot.filter((f) => /\.auto\.tfvars(\.json)?$/.test(name(f))).sort();
  const fixed = ["terraform.tfvars", "terraform.tfvars.json"].map((n) => joinPath(rootDir, n)).filter((f) => files.exists(f));
  return [...fixed, ...auto, ...project.varFiles.map((f) => joinPath(f))];
}

/**
 * Root-module variable values from var files and `-var`, in Terraform's precedence (later
 * wins). Files must be loaded already. `-var` values are strings for variables with no type
 * or a primitive type, and HCL expressions for collection types and `any`, as Terraform parses them.
 */
export function assignRootVariables(params: {
  files: SourceFiles;
  paths: string[];
  project: Project;
  root: ModuleConfig;
  ctx: EvalContext;
}): { values: Map<string, AssignedValue>; diagnostics: Diagnostic[] } {
  const { files, paths, project, root, ctx } = params;
  const values = new Map<string, AssignedValue>();
  const diagnostics: Diagnostic[] = [];
  const assign = (name: string, value: AssignedValue, fromFlag: boolean) => {
    if (!root.variables.has(name)) {
      diagnostics.push({
        severity: fromFlag ? "error" : "warning",
        summary: "Value for undeclared variable",
        detail: `A variable named "${name}" was assigned a value, but the root module does not declare a variable of that name.`,
        range: value.range,
      });
      return;
    }
    values.set(name, value);
  };
  for (const path of paths) {
    const src = files.exists(path) ? files.read(path) : undefined;
    if (src === undefined) {
      diagnostics.push({ severity: "error", summary: "Failed to read variables file", detail: `Given variables file ${path} does not exist.` });
      continue;
    }
    if (path.endsWith(".json")) {
      try {
        for (const [k, v] of Object.entries(JSON.parse(src) as Record<string, Value>)) assign(k, { value: v, range: fileStart(path) }, false);
      } catch (err) {
        diagnostics.push({ severity: "error", summary: "Invalid JSON variables file", detail: (err as Error).message, range: fileStart(path) });
      }
      continue;
    }
    const parsed = parseFileCached(path, src);
    diagnostics.push(...parsed.diagnostics);
    for (const a of parsed.body.attributes) assign(a.name, { value: evaluate(a.expr, { ...ctx, diagnostics }), range: a.range }, false);
  }
  for (const [name, text] of Object.entries(project.vars)) {
    const decl = root.variables.get(name);
    const type = decl?.type;
    const literal = !type || (type.kind === "variable" && ["string", "number", "bool"].includes(type.name));
    if (literal) {
      assign(name, { value: text }, true);
      continue;
    }
    const { expr, diagnostics: parseDiags } = parseExpressionSource(text, `<value for var.${name}>`);
    diagnostics.push(...parseDiags);
    assign(name, { value: evaluate(expr, { ...ctx, diagnostics }) }, true);
  }
  return { values, diagnostics };
}

const fileStart = (file: string): SourceRange => ({ file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
