import type { Expr, ExprOf } from "../hcl/ast.js";
import { Unknown, isUnknown } from "../unknown.js";
import type { Value } from "../value.js";
import type { EvalContext } from "./context.js";
import { toBool, toNumber, toStringValue, typeName } from "./convert-primitive.js";
import { evaluate } from "./evaluate.js";
import { BINARY_OPERATIONS, OPERAND_DESCRIPTION, convertOperand, type Operation } from "./operators.js";
import { derivedUnknown, fail, firstUnknown } from "./unknowns.js";

export function evalBinary(e: ExprOf<"binary">, ctx: EvalContext): Value {
  const op = BINARY_OPERATIONS[e.op];
  const left = operand(e.left, "left", op, ctx);
  // A known deciding left side means the right side is never needed (and its errors never matter).
  const leftDecides = !isUnknown(left) ? op.shortCircuit?.(left) : undefined;
  if (leftDecides !== undefined) return leftDecides;
  const right = operand(e.right, "right", op, ctx);
  const rightDecides = !isUnknown(right) ? op.shortCircuit?.(right) : undefined;
  if (rightDecides !== undefined) return rightDecides;
  const unknown = firstUnknown([left, right], op.deepUnknown === true);
  if (unknown) return derivedUnknown(unknown);
  const result = op.impl(left, right);
  if (result !== null && typeof result === "object" && "error" in result && !Array.isArray(result)) {
    return fail(ctx, e.range, "Operation failed", `Error during operation: ${result.error}.`);
  }
  return result as Value;
}

function operand(expr: Expr, side: string, op: Operation, ctx: EvalContext): Value {
  const raw = evaluate(expr, ctx);
  const v = convertOperand(raw, op.operand);
  if (v === undefined) return fail(ctx, expr.range, "Invalid operand", `Unsuitable value for ${side} operand: ${OPERAND_DESCRIPTION[op.operand]}, got ${typeName(raw)}.`);
  return v;
}

export function evalUnary(e: ExprOf<"unary">, ctx: EvalContext): Value {
  const raw = evaluate(e.operand, ctx);
  if (isUnknown(raw)) return derivedUnknown(raw);
  if (e.op === "!") {
    const b = raw === null ? undefined : toBool(raw);
    return b === undefined ? fail(ctx, e.operand.range, "Invalid operand", `Unsuitable value for unary operand: a bool is required, got ${typeName(raw)}.`) : !b;
  }
  const n = raw === null ? undefined : toNumber(raw);
  return n === undefined ? fail(ctx, e.operand.range, "Invalid operand", `Unsuitable value for unary operand: a number is required, got ${typeName(raw)}.`) : -n;
}

/**
 * `c ? a : b`. With an unknown condition the result is unknown; when both branches are known
 * numbers it carries their range, so a cost can be shown as "$X–$Y".
 */
export function evalConditional(e: ExprOf<"conditional">, ctx: EvalContext): Value {
  const raw = evaluate(e.cond, ctx);
  if (isUnknown(raw)) {
    const a = evaluate(e.then, { ...ctx, diagnostics: [] });
    const b = evaluate(e.else, { ...ctx, diagnostics: [] });
    if (typeof a === "number" && typeof b === "number") {
      return new Unknown(raw.reason, undefined, { min: Math.min(a, b), max: Math.max(a, b) });
    }
    return derivedUnknown(raw);
  }
  const cond = raw === null ? undefined : toBool(raw);
  if (cond === undefined) {
    return fail(ctx, e.cond.range, "Incorrect condition type", `The condition expression must be of type bool, got ${typeName(raw)}.`);
  }
  const taken = evaluate(cond ? e.then : e.else, ctx);
  return unifyWithLiteralBranch(taken, cond ? e.else : e.then, ctx);
}

/**
 * Terraform gives both branches one type: `true ? 1 : "a"` is the string "1". Only a branch
 * that is a literal is inspected, so the untaken side never runs real evaluation.
 */
function unifyWithLiteralBranch(taken: Value, other: ExprOf<"conditional">["then"], ctx: EvalContext): Value {
  if (typeof taken !== "number" && typeof taken !== "boolean") return taken;
  const isStatic = other.kind === "literal" || (other.kind === "template" && other.parts.every((p) => p.kind === "literal"));
  if (!isStatic) return taken;
  const otherValue = evaluate(other, { ...ctx, diagnostics: [] });
  return typeof otherValue === "string" ? (toStringValue(taken) as string) : taken;
}
