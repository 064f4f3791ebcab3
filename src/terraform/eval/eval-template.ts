import type { ExprOf } from "../hcl/ast.js";
import { isUnknown, Unknown } from "../unknown.js";
import type { Value } from "../value.js";
import { childContext, type EvalContext } from "./context.js";
import { toBool, toStringValue, typeName } from "./convert-primitive.js";
import { evaluate } from "./evaluate.js";
import { iterationPairs } from "./eval-collections.js";
import { derivedUnknown, fail } from "./unknowns.js";

export function evalTemplate(e: ExprOf<"template">, ctx: EvalContext): Value {
  let out = "";
  let unknown: Unknown | undefined;
  for (const part of e.parts) {
    const v = evaluate(part, ctx);
    if (isUnknown(v)) {
      unknown ??= derivedUnknown(v);
      continue;
    }
    if (v === null) {
      unknown ??= fail(ctx, part.range, "Invalid template interpolation value", "The expression result is null. Cannot include a null value in a string template.");
      continue;
    }
    const s = toStringValue(v);
    if (s === undefined) {
      unknown ??= fail(ctx, part.range, "Invalid template interpolation value", `Cannot include the given value in a string template: string required, got ${typeName(v)}.`);
      continue;
    }
    out += s;
  }
  return unknown ?? out;
}

export function evalTemplateWrap(e: ExprOf<"templateWrap">, ctx: EvalContext): Value {
  return evaluate(e.inner, ctx);
}

export function evalTemplateIf(e: ExprOf<"templateIf">, ctx: EvalContext): Value {
  const raw = evaluate(e.cond, ctx);
  if (isUnknown(raw)) return derivedUnknown(raw);
  const cond = raw === null ? undefined : toBool(raw);
  if (cond === undefined) return fail(ctx, e.cond.range, "Invalid 'if' directive condition", `The condition must be a bool, got ${typeName(raw)}.`);
  if (cond) return evaluate(e.then, ctx);
  return e.else ? evaluate(e.else, ctx) : "";
}

export function evalTemplateFor(e: ExprOf<"templateFor">, ctx: EvalContext): Value {
  const collection = evaluate(e.collection, ctx);
  if (isUnknown(collection)) return derivedUnknown(collection);
  if (collection === null) return fail(ctx, e.collection.range, "Iteration over null value", "A null value cannot be used as the collection in a 'for' directive.");
  const pairs = iterationPairs(collection);
  if (!pairs) return fail(ctx, e.collection.range, "Iteration over non-iterable value", `A value of type ${typeName(collection)} cannot be used in a 'for' directive.`);
  let out = "";
  for (const [k, v] of pairs) {
    const vars: Record<string, Value> = { [e.valVar]: v };
    if (e.keyVar) vars[e.keyVar] = k;
    const s = evaluate(e.body, childContext(ctx, vars));
    if (isUnknown(s)) return derivedUnknown(s);
    out += s as string;
  }
  return out;
}
