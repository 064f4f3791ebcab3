import type { Diagnostic, SourceRange } from "../diagnostic.js";
import type { Token, TokenType } from "./tokens.js";

/**
 * The parser's position in the token list. Newlines are significant in bodies and object
 * constructors but not inside parentheses, brackets and interpolations, so the parser
 * pushes whether it currently wants to see them.
 */
export interface Cursor {
  tokens: Token[];
  i: number;
  file: string;
  diagnostics: Diagnostic[];
  newlines: boolean[];
}

export function newCursor(tokens: Token[], file: string, diagnostics: Diagnostic[]): Cursor {
  return { tokens, i: 0, file, diagnostics, newlines: [true] };
}

function skipIgnoredNewlines(c: Cursor): void {
  if (c.newlines[c.newlines.length - 1]) return;
  while (c.tokens[c.i].type === "newline") c.i++;
}

export function peek(c: Cursor, ahead = 0): Token {
  skipIgnoredNewlines(c);
  if (ahead === 0) return c.tokens[c.i];
  const ignore = !c.newlines[c.newlines.length - 1];
  let j = c.i;
  for (let n = 0; n < ahead; n++) {
    if (c.tokens[j].type === "eof") return c.tokens[j];
    j++;
    while (ignore && c.tokens[j].type === "newline") j++;
  }
  return c.tokens[j];
}

export function next(c: Cursor): Token {
  skipIgnoredNewlines(c);
  const t = c.tokens[c.i];
  if (t.type !== "eof") c.i++;
  return t;
}

export function withNewlines<T>(c: Cursor, include: boolean, fn: () => T): T {
  c.newlines.push(include);
  try {
    return fn();
  } finally {
    c.newlines.pop();
  }
}

export function rangeOf(c: Cursor, from: Token, to: Token = from): SourceRange {
  return { file: c.file, start: from.start, end: to.end };
}

export function spanRanges(a: SourceRange, b: SourceRange): SourceRange {
  return { file: a.file, start: a.start, end: b.end };
}

/** The token just consumed, for end positions. */
export function previous(c: Cursor): Token {
  let j = c.i - 1;
  while (j > 0 && c.tokens[j].type === "newline") j--;
  return c.tokens[Math.max(0, j)];
}

export function report(c: Cursor, at: Token, summary: string, detail: string): void {
  c.diagnostics.push({ severity: "error", summary, detail, range: rangeOf(c, at) });
}

/** Consumes a token of `type`, or reports and leaves the cursor where it is. */
export function expect(c: Cursor, type: TokenType, summary: string, detail: string): Token | undefined {
  const t = peek(c);
  if (t.type === type) return next(c);
  report(c, t, summary, detail);
  return undefined;
}

export function describeToken(t: Token): string {
  if (t.type === "eof") return "end of file";
  if (t.type === "newline") return "newline";
  return JSON.stringify(t.text);
}
