import type { VariableConfig } from "../config/module-config.js";
import type { AssignedValue } from "../config/root-variables.js";
import type { Diagnostic } from "../diagnostic.js";
import type { EvalContext } from "../eval/context.js";
import type { Expr } from "../hcl/ast.js";
import { convertToType } from "../eval/convert-type.js";
import { evaluate } from "../eval/evaluate.js";
import { ANY, parseTypeConstraint, type TypeConstraint } from "../eval/type-constraint.js";
import { Unknown } from "../unknown.js";
import type { Value } from "../value.js";

// Keyed by the type expression, which the parse cache shares between evaluations.
const typeCache = new WeakMap<Expr, { type: TypeConstraint; diagnostics: Diagnostic[] }>();

/** The declared type of a variable, parsed once per declaration. */
export function declaredType(decl: VariableConfig, constCtx: EvalContext): TypeConstraint {
  if (!decl.type) return ANY;
  let hit = typeCache.get(decl.type);
  if (!hit) {
    const diagnostics: Diagnostic[] = [];
    const type = parseTypeConstraint(decl.type, diagnostics, (e) => evaluate(e, { ...constCtx, diagnostics }));
    hit = { type, diagnostics };
    typeCache.set(decl.type, hit);
  }
  constCtx.diagnostics.push(...hit.diagnostics);
  return hit.type;
}

/**
 * A variable's value in one module instance: the given value (tfvars / -var at the root, the
 * module block's argument in a child), else the default; `nullable = false` turns null into
 * the default; then conversion to the declared type, reporting a mismatch where the value was set.
 */
export function variableValue(params: {
  decl: VariableConfig;
  given: AssignedValue | undefined;
  constCtx: EvalContext;
  /** Says what is missing: a required root variable or a module argument. */
  missing: () => Value;
}): Value {
  const { decl, constCtx } = params;
  const type = declaredType(decl, constCtx);
  let assigned = params.given;
  if (!assigned || (assigned.value === null && !decl.nullable)) {
    if (!decl.default) {
      if (assigned && assigned.value === null) {
        constCtx.diagnostics.push({ severity: "error", summary: "Required variable not set", detail: `var.${decl.name} is not nullable and has no default, but was given null.`, range: assigned.range });
        return new Unknown(`var.${decl.name} is null but not nullable`);
      }
      return params.missing();
    }
    assigned = { value: evaluate(decl.default, constCtx), range: decl.default.range };
  }
  const converted = convertToType(assigned.value, type);
  if ("value" in converted) return converted.value;
  const where = `${decl.range.file}:${decl.range.start.line}`;
  constCtx.diagnostics.push({
    severity: "error",
    summary: "Invalid value for input variable",
    detail: `The given value is not suitable for var.${decl.name} declared at ${where}: ${converted.error}.`,
    range: assigned.range ?? decl.range,
  });
  return new Unknown(`var.${decl.name} has an invalid value: ${converted.error}`);
}
