import type { SourceRange } from "../diagnostic.js";
import { Unknown } from "../unknown.js";
import type { BinaryOp, Expr } from "./ast.js";
import { type Cursor, describeToken, expect, next, peek, previous, rangeOf, report, spanRanges, withNewlines } from "./cursor.js";
import { parseObject, parseTuple } from "./parse-collections.js";
import { parseTemplate } from "./parse-template.js";
import type { Token } from "./tokens.js";

/** Binary operators by precedence, lowest first (HCL's table). */
const BINARY_LEVELS: BinaryOp[][] = [["||"], ["&&"], ["==", "!="], ["<", ">", "<=", ">="], ["+", "-"], ["*", "/", "%"]];

/** Stands in for an expression that failed to parse; the diagnostic says why. */
export function invalidExpr(range: SourceRange): Expr {
  return { kind: "literal", value: new Unknown("the expression has a syntax error"), range };
}

export function parseExpression(c: Cursor): Expr {
  const cond = parseBinary(c, 0);
  if (peek(c).type !== "?") return cond;
  next(c);
  const then = parseExpression(c);
  if (!expect(c, ":", "Missing false expression in conditional", "The conditional operator (...?...:...) requires a false expression, delimited by a colon.")) {
    return { kind: "conditional", cond, then, else: invalidExpr(then.range), range: spanRanges(cond.range, then.range) };
  }
  const otherwise = parseExpression(c);
  return { kind: "conditional", cond, then, else: otherwise, range: spanRanges(cond.range, otherwise.range) };
}

function parseBinary(c: Cursor, level: number): Expr {
  if (level === BINARY_LEVELS.length) return parseUnary(c);
  let left = parseBinary(c, level + 1);
  while ((BINARY_LEVELS[level] as string[]).includes(peek(c).type)) {
    const op = next(c).type as BinaryOp;
    const right = parseBinary(c, level + 1);
    left = { kind: "binary", op, left, right, range: spanRanges(left.range, right.range) };
  }
  return left;
}

function parseUnary(c: Cursor): Expr {
  const t = peek(c);
  if (t.type === "!" || t.type === "-") {
    next(c);
    const operand = parseUnary(c);
    return { kind: "unary", op: t.type, operand, range: spanRanges(rangeOf(c, t), operand.range) };
  }
  return parsePostfix(c, parsePrimary(c));
}

/** Attribute access, indexing and splats after a primary expression. */
function parsePostfix(c: Cursor, source: Expr): Expr {
  for (;;) {
    const t = peek(c);
    if (t.type === "." ) {
      const after = peek(c, 1);
      if (after.type === "*") {
        next(c);
        next(c);
        source = parseSplat(c, source, true);
      } else if (after.type === "ident" || after.type === "number") {
        next(c);
        source = traverseDot(c, source, next(c));
      } else {
        next(c);
        report(c, after, "Invalid attribute name", `An attribute name is required after a dot, found ${describeToken(after)}.`);
        return source;
      }
    } else if (t.type === "[") {
      if (peek(c, 1).type === "*" && peek(c, 2).type === "]") {
        next(c);
        next(c);
        next(c);
        source = parseSplat(c, source, false);
      } else {
        next(c);
        const key = withNewlines(c, false, () => parseExpression(c));
        const close = withNewlines(c, false, () => expect(c, "]", "Missing close bracket on index", "The index operator must end with a closing bracket (\"]\")."));
        source = { kind: "index", source, key, range: spanRanges(source.range, rangeOf(c, close ?? previous(c))) };
      }
    } else {
      return source;
    }
  }
}

/** `.name` or the legacy index `.0` (a number token `0.1` is two legacy indexes). */
function traverseDot(c: Cursor, source: Expr, t: Token): Expr {
  const range = spanRanges(source.range, rangeOf(c, t));
  if (t.type === "ident") return { kind: "getAttr", source, name: t.text, range };
  for (const part of t.text.split(".")) {
    const key: Expr = { kind: "literal", value: Number(part), range: rangeOf(c, t) };
    source = { kind: "index", source, key, range };
  }
  return source;
}

/** The traversal steps after a splat apply to each element; `.*` takes only `.name` steps. */
function parseSplat(c: Cursor, source: Expr, legacy: boolean): Expr {
  const start = previous(c);
  let each: Expr = { kind: "anon", range: rangeOf(c, start) };
  for (;;) {
    const t = peek(c);
    if (t.type === "." && (peek(c, 1).type === "ident" || peek(c, 1).type === "number")) {
      next(c);
      each = traverseDot(c, each, next(c));
    } else if (!legacy && t.type === "[" && !(peek(c, 1).type === "*")) {
      next(c);
      const key = withNewlines(c, false, () => parseExpression(c));
      const close = withNewlines(c, false, () => expect(c, "]", "Missing close bracket on index", "The index operator must end with a closing bracket (\"]\")."));
      each = { kind: "index", source: each, key, range: spanRanges(each.range, rangeOf(c, close ?? previous(c))) };
    } else if (!legacy && t.type === "[" && peek(c, 1).type === "*" && peek(c, 2).type === "]") {
      next(c);
      next(c);
      next(c);
      each = parseSplat(c, each, false);
    } else {
      break;
    }
  }
  return { kind: "splat", source, each, range: spanRanges(source.range, each.range) };
}

function parsePrimary(c: Cursor): Expr {
  const t = peek(c);
  switch (t.type) {
    case "number":
      next(c);
      return { kind: "literal", value: Number(t.text), range: rangeOf(c, t) };
    case "ident":
      next(c);
      if (t.text === "true" || t.text === "false") return { kind: "literal", value: t.text === "true", range: rangeOf(c, t) };
      if (t.text === "null") return { kind: "literal", value: null, range: rangeOf(c, t) };
      if (peek(c).type === "(") return parseCall(c, t);
      return { kind: "variable", name: t.text, range: rangeOf(c, t) };
    case "oquote":
    case "oheredoc":
      return parseTemplate(c);
    case "(": {
      next(c);
      const inner = withNewlines(c, false, () => parseExpression(c));
      const close = withNewlines(c, false, () => expect(c, ")", "Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression."));
      return { kind: "parens", inner, range: rangeOf(c, t, close ?? previous(c)) };
    }
    case "[":
      return withNewlines(c, false, () => parseTuple(c));
    case "{":
      return parseObject(c);
    default:
      report(c, t, "Invalid expression", `Expected the start of an expression, but found ${describeToken(t)}.`);
      if (t.type !== "eof" && t.type !== "newline" && t.type !== "}" && t.type !== "seqend") next(c);
      return invalidExpr(rangeOf(c, t));
  }
}

function parseCall(c: Cursor, name: Token): Expr {
  return withNewlines(c, false, () => {
    next(c); // (
    const args: Expr[] = [];
    let expandFinal = false;
    while (peek(c).type !== ")" && peek(c).type !== "eof") {
      args.push(parseExpression(c));
      if (peek(c).type === "...") {
        next(c);
        expandFinal = true;
      }
      if (peek(c).type === ",") next(c);
      else break;
    }
    const close = expect(c, ")", "Missing close parenthesis", `Expected a comma or ")" to end the arguments of ${name.text}.`);
    return { kind: "call", name: name.text, args, expandFinal, range: rangeOf(c, name, close ?? previous(c)), nameRange: rangeOf(c, name) } as Expr;
  });
}
