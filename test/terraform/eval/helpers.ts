import type { Diagnostic } from "../../../src/terraform/diagnostic.js";
import type { FunctionContext, FunctionDef } from "../../../src/terraform/functions/function-types.js";
import { FunctionError } from "../../../src/terraform/functions/function-types.js";
import type { FunctionTable } from "../../../src/terraform/eval/context.js";
import { evaluate } from "../../../src/terraform/eval/evaluate.js";
import { parseExpressionSource } from "../../../src/terraform/hcl/index.js";
import { isUnknown } from "../../../src/terraform/unknown.js";
import type { Value } from "../../../src/terraform/value.js";

/** A few functions with the real contract, so the evaluator is tested without the built-in table. */
export const testFunctions: FunctionTable = {
  upper: { arity: [1, 1], impl: ([s]) => String(s).toUpperCase() },
  join: { arity: [2, 2], impl: ([sep, list]) => (list as Value[]).join(String(sep)) },
  max: { arity: [1, Infinity], impl: (args) => Math.max(...(args as number[])) },
  length: {
    arity: [1, 1],
    allowUnknown: true,
    impl: ([v]) => (Array.isArray(v) ? v.length : typeof v === "string" ? v.length : Object.keys(v as object).length),
  },
  tonumber: {
    arity: [1, 1],
    impl: ([v]) => {
      const n = Number(v);
      if (Number.isNaN(n)) throw new FunctionError(`cannot convert ${JSON.stringify(v)} to a number`, 0);
      return n;
    },
  },
} satisfies Record<string, FunctionDef>;

export const noFiles: FunctionContext = {
  moduleDir: ".",
  rootDir: ".",
  readFile: () => undefined,
  listFiles: () => [],
  renderTemplate: () => "",
};

/** Evaluates `src` with `vars` as root names; returns the value and the diagnostics. */
export function evalSource(src: string, vars: Record<string, Value> = {}, functions = testFunctions): { value: Value; diagnostics: Diagnostic[] } {
  const parsed = parseExpressionSource(src, "test.tf");
  const diagnostics = [...parsed.diagnostics];
  const value = evaluate(parsed.expr, { scope: { vars }, functions, functionContext: noFiles, diagnostics, pendingFiles: new Set() });
  return { value, diagnostics };
}

/** Plain JSON of a value, with unknowns as `{unknown: reason}` so tables can state them. */
export function plain(v: Value): unknown {
  if (isUnknown(v)) return { unknown: true, ...(v.range ? { range: v.range } : {}) };
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}
