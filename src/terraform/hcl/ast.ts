import type { SourceRange } from "../diagnostic.js";
import type { Value } from "../value.js";

/** Every node carries where it is in the user's file. */
export interface Ranged {
  range: SourceRange;
}

export interface Body extends Ranged {
  attributes: Attribute[];
  blocks: Block[];
}

export interface Attribute extends Ranged {
  name: string;
  expr: Expr;
  nameRange: SourceRange;
}

export interface Block extends Ranged {
  type: string;
  labels: string[];
  body: Body;
  typeRange: SourceRange;
  labelRanges: SourceRange[];
}

export type BinaryOp = "||" | "&&" | "==" | "!=" | "<" | ">" | "<=" | ">=" | "+" | "-" | "*" | "/" | "%";
export type UnaryOp = "!" | "-";

/** HCL native-syntax expressions: a discriminated union, one evaluator per kind. */
export type Expr =
  | { kind: "literal"; value: Value; range: SourceRange }
  /** A root name: `var`, `local`, `aws_instance`, a for-expression variable. */
  | { kind: "variable"; name: string; range: SourceRange }
  | { kind: "getAttr"; source: Expr; name: string; range: SourceRange }
  | { kind: "index"; source: Expr; key: Expr; range: SourceRange }
  /** `source[*].each` / `source.*.each`: `each` is evaluated per element against `anon`. */
  | { kind: "splat"; source: Expr; each: Expr; range: SourceRange }
  | { kind: "anon"; range: SourceRange }
  | { kind: "call"; name: string; args: Expr[]; expandFinal: boolean; range: SourceRange; nameRange: SourceRange }
  | { kind: "conditional"; cond: Expr; then: Expr; else: Expr; range: SourceRange }
  | { kind: "binary"; op: BinaryOp; left: Expr; right: Expr; range: SourceRange }
  | { kind: "unary"; op: UnaryOp; operand: Expr; range: SourceRange }
  | { kind: "tuple"; items: Expr[]; range: SourceRange }
  | { kind: "object"; items: ObjectItem[]; range: SourceRange }
  | {
      kind: "for";
      keyVar?: string;
      valVar: string;
      collection: Expr;
      keyExpr?: Expr;
      valExpr: Expr;
      cond?: Expr;
      group: boolean;
      range: SourceRange;
    }
  | { kind: "parens"; inner: Expr; range: SourceRange }
  /** A template with more than one part, or one literal; always a string. */
  | { kind: "template"; parts: Expr[]; range: SourceRange }
  /** `"${x}"` alone: the value of `x` itself, not converted to a string. */
  | { kind: "templateWrap"; inner: Expr; range: SourceRange }
  | { kind: "templateIf"; cond: Expr; then: Expr; else?: Expr; range: SourceRange }
  | { kind: "templateFor"; keyVar?: string; valVar: string; collection: Expr; body: Expr; range: SourceRange };

export interface ObjectItem {
  /** A bare identifier key is a `literal` string; `(expr)` keys are `parens`. */
  key: Expr;
  value: Expr;
}

export type ExprKind = Expr["kind"];
export type ExprOf<K extends ExprKind> = Extract<Expr, { kind: K }>;
