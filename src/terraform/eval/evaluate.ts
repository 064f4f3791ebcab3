import type { Diagnostic } from "../diagnostic.js";
import type { Expr, ExprKind, ExprOf } from "../hcl/ast.js";
import type { Value } from "../value.js";
import type { EvalContext } from "./context.js";
import { evalCall } from "./eval-call.js";
import { evalFor, evalObject, evalTuple } from "./eval-collections.js";
import { evalBinary, evalConditional, evalUnary } from "./eval-operators.js";
import { evalTemplate, evalTemplateFor, evalTemplateIf, evalTemplateWrap } from "./eval-template.js";
import { evalAnon, evalGetAttr, evalIndex, evalSplat, evalVariable } from "./eval-traversal.js";

type Evaluators = { [K in ExprKind]: (e: ExprOf<K>, ctx: EvalContext) => Value };

/** One evaluator per node kind (HCL's hclsyntax: each expression type has its own Value). */
const EVALUATORS: Evaluators = {
  literal: (e) => e.value,
  variable: evalVariable,
  getAttr: evalGetAttr,
  index: evalIndex,
  splat: evalSplat,
  anon: evalAnon,
  call: evalCall,
  conditional: evalConditional,
  binary: evalBinary,
  unary: evalUnary,
  tuple: evalTuple,
  object: evalObject,
  for: evalFor,
  parens: (e, ctx) => evaluate(e.inner, ctx),
  template: evalTemplate,
  templateWrap: evalTemplateWrap,
  templateIf: evalTemplateIf,
  templateFor: evalTemplateFor,
};

/** Evaluates an expression; problems are appended to `ctx.diagnostics`, never thrown. */
export function evaluate(e: Expr, ctx: EvalContext): Value {
  // The hottest kinds first, without the table's indirect call.
  switch (e.kind) {
    case "literal":
      return e.value;
    case "getAttr":
      return evalGetAttr(e, ctx);
    case "variable":
      return evalVariable(e, ctx);
    case "template":
      return evalTemplate(e, ctx);
    default:
      return (EVALUATORS[e.kind] as (e: Expr, ctx: EvalContext) => Value)(e, ctx);
  }
}

/** Evaluates with a fresh diagnostics list and returns both. */
export function evaluateExpression(e: Expr, ctx: Omit<EvalContext, "diagnostics">): { value: Value; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const value = evaluate(e, { ...ctx, diagnostics });
  return { value, diagnostics };
}
