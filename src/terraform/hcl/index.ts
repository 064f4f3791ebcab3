import type { Diagnostic } from "../diagnostic.js";
import type { Body, Expr } from "./ast.js";
import { newCursor, peek, report, describeToken } from "./cursor.js";
import { lex } from "./lexer.js";
import { parseBody } from "./parse-body.js";
import { parseExpression } from "./parse-expression.js";
import { parseTemplateBody } from "./parse-template.js";

export type { Attribute, Block, Body, Expr, ObjectItem } from "./ast.js";

/** Parses a `.tf` / `.tfvars` file. Never throws: problems are diagnostics with positions. */
export function parseHcl(src: string, file: string): { body: Body; diagnostics: Diagnostic[] } {
  const { tokens, diagnostics } = lex(src, file);
  const c = newCursor(tokens, file, diagnostics);
  const body = parseBody(c, "eof");
  return { body, diagnostics: dedupe(diagnostics) };
}

/** Parses one expression, e.g. a `-var` value or a test input. */
export function parseExpressionSource(src: string, file: string): { expr: Expr; diagnostics: Diagnostic[] } {
  const { tokens, diagnostics } = lex(src, file);
  const c = newCursor(tokens, file, diagnostics);
  c.newlines.push(false);
  const expr = parseExpression(c);
  const rest = peek(c);
  if (rest.type !== "eof") report(c, rest, "Extra characters after expression", `Unexpected ${describeToken(rest)} after the expression.`);
  return { expr, diagnostics: dedupe(diagnostics) };
}

/** Parses a whole text as a template, as `templatefile` does. */
export function parseTemplateSource(src: string, file: string): { expr: Expr; diagnostics: Diagnostic[] } {
  const { tokens, diagnostics } = lex(src, file, true);
  const c = newCursor(tokens, file, diagnostics);
  return { expr: parseTemplateBody(c), diagnostics: dedupe(diagnostics) };
}

/** One message per position: recovery can report the same spot twice. */
function dedupe(diags: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    const key = `${d.range?.start.line}:${d.range?.start.column}:${d.summary}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
