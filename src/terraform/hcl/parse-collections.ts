import type { Expr, ObjectItem } from "./ast.js";
import { type Cursor, expect, next, peek, previous, rangeOf, report, withNewlines } from "./cursor.js";
import { parseExpression } from "./parse-expression.js";
import type { Token } from "./tokens.js";

/** Tuple `[...]` and object `{...}` constructors, and the `for` expressions written inside them. */
function isForIntro(c: Cursor): boolean {
  const t = peek(c);
  return t.type === "ident" && t.text === "for" && peek(c, 1).type === "ident";
}

export function parseTuple(c: Cursor): Expr {
  const open = next(c);
  if (isForIntro(c)) return parseFor(c, open, "]");
  const items: Expr[] = [];
  while (peek(c).type !== "]" && peek(c).type !== "eof") {
    items.push(parseExpression(c));
    if (peek(c).type === ",") next(c);
    else break;
  }
  const close = expect(c, "]", "Missing item separator", 'Expected a comma to mark the beginning of the next item.');
  if (!close) skipTo(c, "]");
  return { kind: "tuple", items, range: rangeOf(c, open, close ?? previous(c)) };
}

export function parseObject(c: Cursor): Expr {
  const open = next(c);
  if (withNewlines(c, false, () => isForIntro(c))) return withNewlines(c, false, () => parseFor(c, open, "}"));
  return withNewlines(c, true, () => {
    const items: ObjectItem[] = [];
    for (;;) {
      while (peek(c).type === "newline") next(c);
      const t = peek(c);
      if (t.type === "}" || t.type === "eof") break;
      const key = parseObjectKey(c);
      const sep = peek(c);
      if (sep.type !== "=" && sep.type !== ":") {
        report(c, sep, "Missing key/value separator", 'Expected an equals sign ("=") to mark the beginning of the attribute value.');
        skipTo(c, "}");
        break;
      }
      next(c);
      items.push({ key, value: parseExpression(c) });
      const after = peek(c);
      if (after.type === "," || after.type === "newline") next(c);
      else if (after.type !== "}") {
        report(c, after, "Missing attribute separator", "Expected a newline or comma to mark the beginning of the next attribute.");
        skipTo(c, "}");
        break;
      }
    }
    const close = expect(c, "}", "Missing closing brace", "Expected a closing brace to end the object.");
    return { kind: "object", items, range: rangeOf(c, open, close ?? previous(c)) };
  });
}

function parseObjectKey(c: Cursor): Expr {
  const t = peek(c);
  const after = peek(c, 1).type;
  if (t.type === "ident" && (after === "=" || after === ":")) {
    next(c);
    return { kind: "literal", value: t.text, range: rangeOf(c, t) };
  }
  return withNewlines(c, false, () => parseExpression(c));
}

function parseFor(c: Cursor, open: Token, close: "]" | "}"): Expr {
  next(c); // for
  let valVar = next(c).text;
  let keyVar: string | undefined;
  if (peek(c).type === ",") {
    next(c);
    keyVar = valVar;
    const v = expect(c, "ident", "Invalid 'for' expression", "Expected an identifier for the value variable.");
    valVar = v?.text ?? "_";
  }
  const inKw = peek(c);
  if (inKw.type !== "ident" || inKw.text !== "in") {
    report(c, inKw, "Invalid 'for' expression", "The 'in' keyword must follow the iterator variable names.");
  } else next(c);
  const collection = parseExpression(c);
  expect(c, ":", "Invalid 'for' expression", "A colon is required after the collection expression.");
  let keyExpr: Expr | undefined;
  let valExpr = parseExpression(c);
  let group = false;
  if (close === "}") {
    keyExpr = valExpr;
    expect(c, "=>", "Invalid 'for' expression", 'An object-producing "for" expression needs "=>" between the key and the value.');
    valExpr = parseExpression(c);
    if (peek(c).type === "...") {
      next(c);
      group = true;
    }
  }
  let cond: Expr | undefined;
  const ifKw = peek(c);
  if (ifKw.type === "ident" && ifKw.text === "if") {
    next(c);
    cond = parseExpression(c);
  }
  const end = expect(c, close, "Invalid 'for' expression", `Expected "${close}" to close the "for" expression.`);
  if (!end) skipTo(c, close);
  return { kind: "for", keyVar, valVar, collection, keyExpr, valExpr, cond, group, range: rangeOf(c, open, end ?? previous(c)) };
}

/** Error recovery: skip to the closing token at this nesting depth. */
function skipTo(c: Cursor, close: "]" | "}" | ")"): void {
  let depth = 0;
  for (;;) {
    const t = peek(c);
    if (t.type === "eof") return;
    if (t.type === "[" || t.type === "{" || t.type === "(") depth++;
    if (t.type === "]" || t.type === "}" || t.type === ")") {
      if (depth === 0) {
        if (t.type === close) next(c);
        return;
      }
      depth--;
    }
    next(c);
  }
}
