import type { Diagnostic } from "../diagnostic.js";
import type { Expr } from "../hcl/ast.js";
import type { Value } from "../value.js";

/** A variable's `type`: Terraform's type constraint language. */
export type TypeConstraint =
  | { kind: "any" | "string" | "number" | "bool" }
  | { kind: "list" | "set" | "map"; element: TypeConstraint }
  | { kind: "object"; attributes: Record<string, ObjectAttribute> }
  | { kind: "tuple"; elements: TypeConstraint[] };

export interface ObjectAttribute {
  type: TypeConstraint;
  optional: boolean;
  /** `optional(type, default)`: filled in when the attribute is absent or null. */
  default?: Value;
}

export const ANY: TypeConstraint = { kind: "any" };

/**
 * Reads a type expression. `evalDefault` evaluates `optional(..., default)` values (constant
 * expressions). Problems are diagnostics; the constraint falls back to `any`.
 */
export function parseTypeConstraint(expr: Expr, diagnostics: Diagnostic[], evalDefault: (e: Expr) => Value): TypeConstraint {
  const bad = (detail: string): TypeConstraint => {
    diagnostics.push({ severity: "error", summary: "Invalid type specification", detail, range: expr.range });
    return ANY;
  };
  if (expr.kind === "variable") {
    switch (expr.name) {
      case "any":
      case "string":
      case "number":
      case "bool":
        return { kind: expr.name };
      case "list":
      case "set":
      case "map":
        return { kind: expr.name, element: ANY };
      default:
        return bad(`The keyword "${expr.name}" is not a valid type specification.`);
    }
  }
  if (expr.kind === "parens") return parseTypeConstraint(expr.inner, diagnostics, evalDefault);
  if (expr.kind !== "call") return bad("A type specification is a type keyword or a type constructor such as list(string).");
  const one = (): Expr | undefined => (expr.args.length === 1 ? expr.args[0] : undefined);
  switch (expr.name) {
    case "list":
    case "set":
    case "map": {
      const arg = one();
      if (!arg) return bad(`The ${expr.name} type constructor requires one argument specifying the element type.`);
      return { kind: expr.name, element: parseTypeConstraint(arg, diagnostics, evalDefault) };
    }
    case "tuple": {
      const arg = one();
      if (arg?.kind !== "tuple") return bad("The tuple type constructor requires one argument specifying the element types as a list.");
      return { kind: "tuple", elements: arg.items.map((e) => parseTypeConstraint(e, diagnostics, evalDefault)) };
    }
    case "object": {
      const arg = one();
      if (arg?.kind !== "object") return bad("The object type constructor requires one argument specifying the attribute types as a map.");
      const attributes: Record<string, ObjectAttribute> = {};
      for (const item of arg.items) {
        const key = item.key.kind === "literal" ? item.key.value : item.key.kind === "template" && item.key.parts[0]?.kind === "literal" ? item.key.parts[0].value : undefined;
        if (typeof key !== "string") return bad("Object type attribute names must be identifiers or strings.");
        attributes[key] = parseAttribute(item.value, diagnostics, evalDefault);
      }
      return { kind: "object", attributes };
    }
    case "optional":
      return bad("Keyword \"optional\" is valid only as a modifier for object type attributes.");
    default:
      return bad(`Keyword "${expr.name}" is not a valid type constructor.`);
  }
}

function parseAttribute(expr: Expr, diagnostics: Diagnostic[], evalDefault: (e: Expr) => Value): ObjectAttribute {
  if (expr.kind !== "call" || expr.name !== "optional") return { type: parseTypeConstraint(expr, diagnostics, evalDefault), optional: false };
  if (expr.args.length < 1 || expr.args.length > 2) {
    diagnostics.push({ severity: "error", summary: "Invalid type specification", detail: "Optional attribute modifier expects one or two arguments: the type and a default.", range: expr.range });
    return { type: ANY, optional: true };
  }
  const type = parseTypeConstraint(expr.args[0], diagnostics, evalDefault);
  return expr.args.length === 2 ? { type, optional: true, default: evalDefault(expr.args[1]) } : { type, optional: true };
}

export function describeType(t: TypeConstraint): string {
  switch (t.kind) {
    case "list":
    case "set":
    case "map":
      return `${t.kind}(${describeType(t.element)})`;
    case "tuple":
      return `tuple([${t.elements.map(describeType).join(", ")}])`;
    case "object":
      return "object";
    default:
      return t.kind;
  }
}
