import type { Expr, ExprOf } from "../hcl/ast.js";
import { isUnknown, Unknown } from "../unknown.js";
import { isSet, sortedKeys, type Value } from "../value.js";
import { childContext, type EvalContext } from "./context.js";
import { toBool, toStringValue, typeName } from "./convert-primitive.js";
import { evaluate } from "./evaluate.js";
import { fail } from "./unknowns.js";

export function evalTuple(e: ExprOf<"tuple">, ctx: EvalContext): Value {
  return e.items.map((item) => evaluate(item, ctx));
}

export function evalObject(e: ExprOf<"object">, ctx: EvalContext): Value {
  const out: Record<string, Value> = {};
  for (const item of e.items) {
    const key = objectKey(item.key, ctx);
    if (isUnknown(key)) return new Unknown(key.reason);
    out[key] = evaluate(item.value, ctx);
  }
  return out;
}

function objectKey(expr: Expr, ctx: EvalContext): string | Unknown {
  const raw = evaluate(expr, ctx);
  if (isUnknown(raw)) return raw;
  const key = raw === null ? undefined : toStringValue(raw);
  return key ?? fail(ctx, expr.range, "Incorrect key type", `Can't use this value as a key: a string is required, got ${typeName(raw)}.`);
}

/** Iterates a list (index, element), a set (element, element) or a map/object (key, value in lexical key order). */
export function iterationPairs(collection: Value): Array<[Value, Value]> | undefined {
  if (isSet(collection)) return (collection as Value[]).map((v) => [v, v]);
  if (Array.isArray(collection)) return collection.map((v, i) => [i, v]);
  if (collection !== null && typeof collection === "object" && !isUnknown(collection)) {
    return sortedKeys(collection).map((k) => [k, (collection as Record<string, Value>)[k]]);
  }
  return undefined;
}

/** `[for k, v in coll : expr if cond]` and `{for k, v in coll : key => value... if cond}`. */
export function evalFor(e: ExprOf<"for">, ctx: EvalContext): Value {
  const collection = evaluate(e.collection, ctx);
  if (isUnknown(collection)) return new Unknown(collection.reason);
  if (collection === null) return fail(ctx, e.collection.range, "Iteration over null value", "A null value cannot be used as the collection in a 'for' expression.");
  const pairs = iterationPairs(collection);
  if (!pairs) return fail(ctx, e.collection.range, "Iteration over non-iterable value", `A value of type ${typeName(collection)} cannot be used as the collection in a 'for' expression.`);
  const tuple: Value[] = [];
  const object: Record<string, Value> = {};
  const groups: Record<string, Value[]> = {};
  for (const [k, v] of pairs) {
    const vars: Record<string, Value> = { [e.valVar]: v };
    if (e.keyVar) vars[e.keyVar] = k;
    const inner = childContext(ctx, vars);
    if (e.cond) {
      const raw = evaluate(e.cond, inner);
      if (isUnknown(raw)) return new Unknown(raw.reason);
      const keep = raw === null ? undefined : toBool(raw);
      if (keep === undefined) return fail(ctx, e.cond.range, "Invalid 'for' condition", `The 'if' clause must be a bool, got ${typeName(raw)}.`);
      if (!keep) continue;
    }
    if (!e.keyExpr) {
      tuple.push(evaluate(e.valExpr, inner));
      continue;
    }
    const key = objectKey(e.keyExpr, inner);
    if (isUnknown(key)) return new Unknown(key.reason);
    const value = evaluate(e.valExpr, inner);
    if (e.group) (groups[key] ??= []).push(value);
    else if (Object.prototype.hasOwnProperty.call(object, key)) {
      return fail(ctx, e.keyExpr.range, "Duplicate object key", `Two different items produced the key ${JSON.stringify(key)} in this 'for' expression. Add an ellipsis (...) after the value to group them.`);
    } else object[key] = value;
  }
  if (!e.keyExpr) return tuple;
  return e.group ? groups : object;
}
