import type { Attribute, Block, Body } from "./ast.js";
import { type Cursor, describeToken, next, peek, previous, rangeOf, report, withNewlines } from "./cursor.js";
import { parseExpression } from "./parse-expression.js";
import type { Token } from "./tokens.js";

/** A body: attributes and blocks, each ended by a newline, up to `end` ("}" or end of file). */
export function parseBody(c: Cursor, end: "}" | "eof", open?: Token): Body {
  const attributes: Attribute[] = [];
  const blocks: Block[] = [];
  const first = peek(c);
  for (;;) {
    const t = peek(c);
    if (t.type === "newline") {
      next(c);
      continue;
    }
    if (t.type === end || t.type === "eof") break;
    if (t.type !== "ident") {
      report(c, t, "Argument or block definition required", `An argument or block definition is required here, found ${describeToken(t)}.`);
      const before = c.i;
      recoverToLineEnd(c);
      if (c.i === before) next(c); // a stray "}" at the top level: always make progress
      continue;
    }
    next(c);
    const after = peek(c);
    if (after.type === "=") {
      next(c);
      const expr = parseExpression(c);
      const attr: Attribute = { name: t.text, expr, nameRange: rangeOf(c, t), range: { ...rangeOf(c, t), end: expr.range.end } };
      if (attributes.some((a) => a.name === t.text)) {
        report(c, t, "Attribute redefined", `The argument "${t.text}" was already set. Each argument may be set only once.`);
      } else attributes.push(attr);
    } else {
      const block = parseBlock(c, t);
      if (block) blocks.push(block);
      else {
        const before = c.i;
        recoverToLineEnd(c);
        if (c.i === before && peek(c).type !== end) next(c);
        continue;
      }
    }
    const term = peek(c);
    if (term.type === "newline") next(c);
    else if (term.type !== end && term.type !== "eof") {
      report(c, term, "Missing newline after argument", "An argument definition must end with a newline.");
      const before = c.i;
      recoverToLineEnd(c);
      if (c.i === before) next(c);
    }
  }
  const last = previous(c);
  const from = open ?? first;
  return { attributes, blocks, range: { file: c.file, start: from.start, end: last.end } };
}

function parseBlock(c: Cursor, type: Token): Block | undefined {
  const labels: string[] = [];
  const labelRanges = [];
  for (;;) {
    const t = peek(c);
    if (t.type === "ident") {
      next(c);
      labels.push(t.text);
      labelRanges.push(rangeOf(c, t));
    } else if (t.type === "oquote") {
      const lit = c.tokens[c.i + 1];
      const close = c.tokens[c.i + (lit.type === "literal" ? 2 : 1)];
      if (close.type !== "cquote") {
        report(c, t, "Invalid block label", "Block labels must be plain quoted strings without interpolation.");
        return undefined;
      }
      c.i += lit.type === "literal" ? 3 : 2;
      labels.push(lit.type === "literal" ? lit.value! : "");
      labelRanges.push(rangeOf(c, t, close));
    } else break;
  }
  const open = peek(c);
  if (open.type !== "{") {
    const what = labels.length ? "block definition" : "argument or block definition";
    report(c, open, `Invalid ${what}`, `Expected "=" or "{" after ${JSON.stringify(type.text)}, found ${describeToken(open)}.`);
    return undefined;
  }
  next(c);
  const body = withNewlines(c, true, () => parseBody(c, "}", open));
  const close = peek(c);
  if (close.type !== "}") {
    report(c, close, "Unclosed configuration block", `There is no closing brace for the "${type.text}" block that starts at line ${type.start.line}.`);
  } else next(c);
  return { type: type.text, labels, body, typeRange: rangeOf(c, type), labelRanges, range: rangeOf(c, type, close.type === "}" ? close : previous(c)) };
}

/** Skips to the next line at this nesting level; stops before the `}` that closes the body. */
function recoverToLineEnd(c: Cursor): void {
  let depth = 0;
  for (;;) {
    const t = c.tokens[c.i];
    if (t.type === "eof") return;
    if (t.type === "{" || t.type === "[" || t.type === "(") depth++;
    if (t.type === "}" || t.type === "]" || t.type === ")") {
      if (depth === 0 && t.type === "}") return;
      // A stray closing bracket is skipped like any other token.
      if (depth > 0) depth--;
    }
    c.i++;
    if (t.type === "newline" && depth === 0) return;
  }
}
