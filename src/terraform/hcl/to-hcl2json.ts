import type { SourceRange } from "../diagnostic.js";
import type { Body, Expr } from "./ast.js";
import type { Pos } from "./tokens.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Renders a parsed body in the JSON shape of tmccombs/hcl2json (what `@cdktn/hcl2json`
 * returns): literals as JSON, tuple and object constructors split, templates re-rendered,
 * every other expression as `${source}`. Only for comparing our parser with HashiCorp's
 * (tests and the agreement measurement); the evaluator never uses it.
 */
export function toHcl2Json(body: Body, src: string): Record<string, Json> {
  const text = (r: SourceRange) => src.slice((r.start as Pos).offset, (r.end as Pos).offset);
  const wrap = (e: Expr) => `\${${text(e.range)}}`;

  const expression = (e: Expr): Json => {
    switch (e.kind) {
      case "literal":
        return e.value as Json;
      case "unary":
        return e.operand.kind === "literal" && typeof e.operand.value !== "object"
          ? e.op === "-" ? -(e.operand.value as number) : !e.operand.value
          : wrap(e);
      case "template":
        return stringPart(e);
      case "templateWrap":
        return expression(e.inner);
      case "tuple":
        return e.items.map(expression);
      case "object":
        return Object.fromEntries(e.items.map((item) => [key(item.key), expression(item.value)]));
      default:
        return wrap(e);
    }
  };

  const isTraversal = (e: Expr): boolean => e.kind === "variable" || (e.kind === "getAttr" && isTraversal(e.source));
  const key = (e: Expr): string => (isTraversal(e) || (e.kind === "literal" && typeof e.value === "string") ? text(e.range) : stringPart(e));

  const stringPart = (e: Expr): string => {
    switch (e.kind) {
      case "literal":
        // Literal text is written back as template source: `${` and `%{` stay escaped.
        return e.value === null ? "" : String(e.value).replace(/([$%])\{/g, (_m, c: string) => `${c}${c}{`);
      case "template":
        return e.parts.map(stringPart).join("");
      case "templateWrap":
        return stringPart(e.inner);
      case "templateIf": {
        const otherwise = e.else ? stringPart(e.else) : "";
        return `%{if ${text(e.cond.range)}}${stringPart(e.then)}${otherwise ? `%{else}${otherwise}` : ""}%{endif}`;
      }
      case "templateFor":
        return `%{for ${e.keyVar ? `${e.keyVar}, ` : ""}${e.valVar} in ${text(e.collection.range)}}${stringPart(e.body)}%{endfor}`;
      default:
        return wrap(e);
    }
  };

  const convertBody = (b: Body): Record<string, Json> => {
    const out: Record<string, Json> = {};
    for (const a of b.attributes) out[a.name] = expression(a.expr);
    for (const block of b.blocks) {
      let target = out;
      let k = block.type;
      for (const label of block.labels) {
        target = (target[k] ??= {}) as Record<string, Json>;
        k = label;
      }
      ((target[k] ??= []) as Json[]).push(convertBody(block.body));
    }
    return out;
  };
  return convertBody(body);
}
