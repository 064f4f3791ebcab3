import type { SourceRange } from "../diagnostic.js";
import type { Expr } from "./ast.js";
import { type Cursor, describeToken, next, peek, rangeOf, report, withNewlines } from "./cursor.js";
import { flushHeredocParts } from "./heredoc-flush.js";
import { parseExpression } from "./parse-expression.js";
import type { Token } from "./tokens.js";

/** One scanned piece of a template before directives are nested (HCL's template tokens). */
export type TemplatePart =
  | { t: "literal"; value: string; range: SourceRange }
  | { t: "interp"; expr: Expr; range: SourceRange }
  | { t: "if"; cond: Expr; range: SourceRange }
  | { t: "for"; keyVar?: string; valVar: string; collection: Expr; range: SourceRange }
  | { t: "else" | "endif" | "endfor"; range: SourceRange };

/** Parses a quoted string or heredoc starting at the cursor. */
export function parseTemplate(c: Cursor): Expr {
  const open = next(c);
  const heredoc = open.type === "oheredoc";
  return withNewlines(c, true, () => {
    const { parts, close } = parseTemplateParts(c, heredoc ? "cheredoc" : "cquote");
    if (heredoc && open.flag) flushHeredocParts(parts);
    const range = rangeOf(c, open, close);
    if (parts.length === 1 && parts[0].t === "interp") return { kind: "templateWrap", inner: parts[0].expr, range };
    return buildTemplate(c, meldLiterals(parts), range);
  });
}

/** Parses a whole source text as a template (templatefile, heredoc-like). */
export function parseTemplateBody(c: Cursor): Expr {
  const { parts, close } = parseTemplateParts(c, "eof");
  return buildTemplate(c, meldLiterals(parts), rangeOf(c, c.tokens[0], close));
}

function parseTemplateParts(c: Cursor, end: "cquote" | "cheredoc" | "eof"): { parts: TemplatePart[]; close: Token } {
  const parts: TemplatePart[] = [];
  let ltrimNext = false;
  let canTrimPrev = false;
  for (;;) {
    const t = c.tokens[c.i];
    if (t.type === end) {
      if (t.type !== "eof") c.i++;
      return { parts, close: t };
    }
    if (t.type === "eof" || t.type === "newline") {
      // The lexer already reported the unterminated string.
      return { parts, close: t };
    }
    c.i++;
    const ltrim = ltrimNext;
    ltrimNext = false;
    const trimPrev = canTrimPrev;
    canTrimPrev = false;
    if (t.type === "literal") {
      const value = ltrim ? t.value!.replace(/^\s+/u, "") : t.value!;
      parts.push({ t: "literal", value, range: rangeOf(c, t) });
      canTrimPrev = true;
      continue;
    }
    if (t.type !== "interp" && t.type !== "control") {
      report(c, t, "Invalid template", `Unexpected ${describeToken(t)} in a template.`);
      continue;
    }
    if (trimPrev && t.flag) {
      const prev = parts[parts.length - 1];
      if (prev?.t === "literal") prev.value = prev.value.replace(/\s+$/u, "");
    }
    withNewlines(c, false, () => {
      const part = t.type === "interp" ? { t: "interp" as const, expr: parseExpression(c), range: rangeOf(c, t) } : parseDirective(c, t);
      const close = peek(c);
      if (close.type === "seqend") {
        next(c);
        ltrimNext = close.flag === true;
        part.range = rangeOf(c, t, close);
      } else {
        report(c, close, "Extra characters after interpolation expression", 'Expected a closing brace to end the interpolation expression, but found extra characters.');
        while (c.tokens[c.i].type !== "seqend" && c.tokens[c.i].type !== "eof" && c.tokens[c.i].type !== end) c.i++;
        if (c.tokens[c.i].type === "seqend") c.i++;
      }
      parts.push(part);
    });
  }
}

function parseDirective(c: Cursor, open: Token): TemplatePart {
  const kw = next(c);
  const range = rangeOf(c, open, kw);
  switch (kw.type === "ident" ? kw.text : "") {
    case "if":
      return { t: "if", cond: parseExpression(c), range };
    case "else":
    case "endif":
    case "endfor":
      return { t: kw.text as "else" | "endif" | "endfor", range };
    case "for": {
      let valVar = next(c).text;
      let keyVar: string | undefined;
      if (peek(c).type === ",") {
        next(c);
        keyVar = valVar;
        valVar = next(c).text;
      }
      const inKw = next(c);
      if (inKw.text !== "in") report(c, inKw, "Invalid 'for' directive", "The 'in' keyword must follow the iterator variable names.");
      return { t: "for", keyVar, valVar, collection: parseExpression(c), range };
    }
    default:
      report(c, kw, "Invalid template directive", "A template directive keyword (\"if\", \"for\", etc) is expected at the beginning of a %{ sequence.");
      return { t: "literal", value: "", range };
  }
}

function meldLiterals(parts: TemplatePart[]): TemplatePart[] {
  const out: TemplatePart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (p.t === "literal" && last?.t === "literal") {
      out[out.length - 1] = { t: "literal", value: last.value + p.value, range: { ...last.range, end: p.range.end } };
    } else out.push(p);
  }
  return out;
}

/** Nests if/for directives into expressions, HCL's templateParser. */
function buildTemplate(c: Cursor, parts: TemplatePart[], range: SourceRange): Expr {
  let i = 0;
  const seq = (stops: string[]): { exprs: Expr[]; stop?: TemplatePart } => {
    const exprs: Expr[] = [];
    while (i < parts.length) {
      const p = parts[i++];
      if (stops.includes(p.t)) return { exprs, stop: p };
      if (p.t === "literal") exprs.push({ kind: "literal", value: p.value, range: p.range });
      else if (p.t === "interp") exprs.push(p.expr);
      else if (p.t === "if") {
        const then = seq(["else", "endif", "endfor"]);
        let otherwise: { exprs: Expr[]; stop?: TemplatePart } | undefined;
        if (then.stop?.t === "else") otherwise = seq(["endif", "else", "endfor"]);
        const end = otherwise ? otherwise.stop : then.stop;
        if (end?.t !== "endif") c.diagnostics.push({ severity: "error", summary: "Unterminated template directive", detail: "Missing %{ endif } for this %{ if }.", range: p.range });
        exprs.push({
          kind: "templateIf",
          cond: p.cond,
          then: { kind: "template", parts: then.exprs, range: p.range },
          else: otherwise && { kind: "template", parts: otherwise.exprs, range: p.range },
          range: p.range,
        });
      } else if (p.t === "for") {
        const body = seq(["endfor", "else", "endif"]);
        if (body.stop?.t !== "endfor") c.diagnostics.push({ severity: "error", summary: "Unterminated template directive", detail: "Missing %{ endfor } for this %{ for }.", range: p.range });
        exprs.push({
          kind: "templateFor",
          keyVar: p.keyVar,
          valVar: p.valVar,
          collection: p.collection,
          body: { kind: "template", parts: body.exprs, range: p.range },
          range: p.range,
        });
      } else {
        c.diagnostics.push({ severity: "error", summary: "Unexpected template directive", detail: `%{ ${p.t} } has no matching opening directive.`, range: p.range });
      }
    }
    return { exprs };
  };
  return { kind: "template", parts: seq([]).exprs, range };
}
