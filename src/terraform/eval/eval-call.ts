import type { Diagnostic } from "../diagnostic.js";
import { FileNotLoaded, FunctionError } from "../functions/function-types.js";
import type { ExprOf } from "../hcl/ast.js";
import { isUnknown, Unknown } from "../unknown.js";
import type { Value } from "../value.js";
import type { EvalContext } from "./context.js";
import { typeName } from "./convert-primitive.js";
import { evaluate } from "./evaluate.js";
import { derivedUnknown, fail, firstUnknown } from "./unknowns.js";

/** Function calls: `try`/`can` are evaluated here; everything else goes through the table. */
export function evalCall(e: ExprOf<"call">, ctx: EvalContext): Value {
  if (e.name === "try") return evalTry(e, ctx);
  if (e.name === "can") return evalCan(e, ctx);
  if (e.name.startsWith("provider::")) {
    return new Unknown(`provider-defined function ${e.name} runs inside the provider; Costgate does not run providers`);
  }
  const def = ctx.functions[e.name];
  if (!def) {
    ctx.diagnostics.push({ severity: "warning", summary: "Unsupported function", detail: `Costgate cannot evaluate the function "${e.name}"; its result is unknown.`, range: e.nameRange });
    return new Unknown(`function ${e.name}() is not supported by Costgate`);
  }
  const args = evalArguments(e, ctx);
  if (isUnknown(args)) return args;
  const [min, max] = def.arity;
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    return fail(ctx, e.range, "Wrong number of arguments", `Function "${e.name}" expects ${expected} argument(s), got ${args.length}.`);
  }
  if (!def.allowUnknown) {
    const unknown = firstUnknown(args, true);
    if (unknown) return derivedUnknown(unknown);
  }
  try {
    return def.impl(args, ctx.functionContext);
  } catch (err) {
    // By name as well as class: a function table built against another copy of the contract still works.
    if (err instanceof FileNotLoaded || (err as Error)?.name === "FileNotLoaded") {
      const path = (err as FileNotLoaded).path;
      ctx.pendingFiles.add(path);
      return new Unknown(`file ${path} is not loaded yet`);
    }
    if (err instanceof FunctionError || (err as Error)?.name === "FunctionError") {
      const { argIndex, message } = err as FunctionError;
      const at = argIndex !== undefined ? e.args[Math.min(argIndex, e.args.length - 1)]?.range ?? e.range : e.range;
      return fail(ctx, at, "Invalid function argument", `Call to function "${e.name}" failed: ${message}`);
    }
    // A bug in one function must not lose the whole estimate: report it where it was called.
    return fail(ctx, e.range, "Function failed", `Costgate's implementation of "${e.name}" failed (${err instanceof Error ? err.message : String(err)}); please report it.`);
  }
}

/** Arguments with `f(list...)` expanded; an Unknown when the expanded list itself is unknown. */
function evalArguments(e: ExprOf<"call">, ctx: EvalContext): Value[] | Unknown {
  const args = e.args.map((a) => evaluate(a, ctx));
  if (!e.expandFinal || args.length === 0) return args;
  const last = args.pop()!;
  if (isUnknown(last)) return derivedUnknown(last);
  if (!Array.isArray(last)) {
    return fail(ctx, e.args[e.args.length - 1].range, "Invalid expanding argument value", `The expanding argument (indicated by ...) must be of a tuple, list, or set type, got ${typeName(last)}.`);
  }
  return [...args, ...last];
}

/** Evaluates with a private diagnostics list, so a failure can be swallowed. */
function attempt(expr: ExprOf<"call">["args"][number], ctx: EvalContext): { value: Value; errors: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const value = evaluate(expr, { ...ctx, diagnostics });
  for (const d of diagnostics) if (d.severity === "warning") ctx.diagnostics.push(d);
  return { value, errors: diagnostics.filter((d) => d.severity === "error") };
}

/** `try(a, b, ...)`: the first argument that evaluates without error; an unknown one makes the result unknown. */
function evalTry(e: ExprOf<"call">, ctx: EvalContext): Value {
  if (e.args.length === 0) return fail(ctx, e.range, "Wrong number of arguments", 'Function "try" expects at least 1 argument(s), got 0.');
  for (const arg of e.args) {
    const { value, errors } = attempt(arg, ctx);
    if (errors.length === 0) return value;
  }
  return fail(ctx, e.range, "No result from try", "None of the expressions given to try() produced a result without errors.");
}

function evalCan(e: ExprOf<"call">, ctx: EvalContext): Value {
  if (e.args.length !== 1) return fail(ctx, e.range, "Wrong number of arguments", `Function "can" expects 1 argument(s), got ${e.args.length}.`);
  const { value, errors } = attempt(e.args[0], ctx);
  if (errors.length > 0) return false;
  return isUnknown(value) ? derivedUnknown(value) : true;
}
