import type { FunctionContext } from "../functions/function-types.js";
import { parseTemplateSource } from "../hcl/index.js";
import type { Expr } from "../hcl/ast.js";
import { evaluate } from "../eval/evaluate.js";
import type { Value } from "../value.js";
import type { Runtime } from "./runtime.js";

const templates = new Map<string, Expr>();

/** What functions see of the files: reads go through the loaded source files. */
export function functionContext(rt: Runtime, moduleDir: string): FunctionContext {
  const ctx: FunctionContext = {
    moduleDir,
    rootDir: rt.loaded.rootDir,
    readFile: (path) => rt.files.read(path),
    listFiles: (dir) => rt.files.list(dir),
    renderTemplate(source: string, vars: Record<string, Value>, file: string): Value {
      const key = `${file}\u0000${source}`;
      let expr = templates.get(key);
      if (!expr) {
        const parsed = parseTemplateSource(source, file);
        rt.diagnostics.push(...parsed.diagnostics);
        expr = parsed.expr;
        templates.set(key, expr);
      }
      return evaluate(expr, { scope: { vars }, functions: rt.functions, functionContext: ctx, diagnostics: rt.diagnostics, pendingFiles: rt.pendingFiles });
    },
  };
  return ctx;
}
