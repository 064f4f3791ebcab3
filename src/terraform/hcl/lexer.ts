import type { Diagnostic } from "../diagnostic.js";
import { decodeLiteral } from "./escapes.js";
import type { Pos, Token, TokenType } from "./tokens.js";

const NUMBER = /[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;

type Mode =
  | { kind: "normal"; braces: number }
  | { kind: "quoted" }
  | { kind: "heredoc"; marker: string; lineStart: boolean };

/** The operator starting with `c` (and `next`), or undefined. */
function operatorAt(c: string, next: string | undefined): TokenType | undefined {
  switch (c) {
    case "=":
      return next === ">" ? "=>" : next === "=" ? "==" : "=";
    case "!":
      return next === "=" ? "!=" : "!";
    case "<":
      return next === "=" ? "<=" : "<";
    case ">":
      return next === "=" ? ">=" : ">";
    case "&":
      return next === "&" ? "&&" : undefined;
    case "|":
      return next === "|" ? "||" : undefined;
    case "{": case "}": case "[": case "]": case "(": case ")": case ",": case ".":
    case ":": case "?": case "+": case "-": case "*": case "/": case "%":
      return c;
    default:
      return undefined;
  }
}

// ASCII first: the regexes only run for non-ASCII letters.
const isIdentStart = (c: string) => {
  const n = c.charCodeAt(0);
  if (n < 128) return (n >= 97 && n <= 122) || (n >= 65 && n <= 90) || n === 95;
  return /\p{L}/u.test(c);
};
const isIdentChar = (c: string) => {
  const n = c.charCodeAt(0);
  if (n < 128) return (n >= 97 && n <= 122) || (n >= 65 && n <= 90) || (n >= 48 && n <= 57) || n === 95 || n === 45;
  return /[\p{L}\p{N}]/u.test(c);
};
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/**
 * Splits HCL native syntax into tokens. Templates are lexed in place (quoted strings and
 * heredocs become literal / interp / control / seqend tokens), with a mode stack so `}` closes
 * the right thing. Never throws: bad characters become `invalid` tokens plus a diagnostic.
 */
export function lex(src: string, file: string, asTemplate = false): { tokens: Token[]; diagnostics: Diagnostic[] } {
  const tokens: Token[] = [];
  const diagnostics: Diagnostic[] = [];
  // A template file is a heredoc without a closing marker.
  const modes: Mode[] = asTemplate ? [{ kind: "normal", braces: 0 }, { kind: "heredoc", marker: "", lineStart: false }] : [{ kind: "normal", braces: 0 }];
  let i = 0;
  let line = 1;
  let lineStart = 0;

  const pos = (): Pos => ({ line, column: i - lineStart + 1, offset: i });
  const advance = (n: number) => {
    for (let k = 0; k < n; k++) {
      if (src[i] === "\n") {
        line++;
        lineStart = i + 1;
      }
      i++;
    }
  };
  const emit = (type: TokenType, start: Pos, extra?: Partial<Token>) => {
    tokens.push({ type, text: src.slice(start.offset, i), start, end: pos(), ...extra });
  };
  const error = (summary: string, detail: string, start: Pos) => {
    diagnostics.push({ severity: "error", summary, detail, range: { file, start, end: pos() } });
  };

  while (i < src.length) {
    const mode = modes[modes.length - 1];
    if (mode.kind === "quoted") lexQuoted();
    else if (mode.kind === "heredoc") lexHeredoc(mode);
    else lexNormal(mode);
  }
  if (modes.length > (asTemplate ? 2 : 1)) {
    const start = pos();
    error("Unterminated template", "The file ends inside a string, heredoc or interpolation.", start);
  }
  tokens.push({ type: "eof", text: "", start: pos(), end: pos() });
  return { tokens, diagnostics };

  function lexNormal(mode: Mode & { kind: "normal" }): void {
    let c = src[i];
    while (c === " " || c === "\t" || c === "\r") c = src[++i];
    if (c === undefined) return;
    const start = pos();
    if (c === "\n") {
      advance(1);
      return emit("newline", start);
    }
    if (c === "#" || (c === "/" && src[i + 1] === "/")) {
      while (i < src.length && src[i] !== "\n") advance(1);
      return;
    }
    if (c === "/" && src[i + 1] === "*") {
      const end = src.indexOf("*/", i + 2);
      advance(end < 0 ? src.length - i : end + 2 - i);
      if (end < 0) error("Unterminated comment", "There is no */ to close this comment.", start);
      return;
    }
    if (c === '"') {
      advance(1);
      modes.push({ kind: "quoted" });
      return emit("oquote", start);
    }
    if (c === "<" && src[i + 1] === "<") {
      const m = /^<<(-?)([\p{L}_][\p{L}\p{N}_-]*)\r?\n/u.exec(src.slice(i, i + 300));
      if (m) {
        advance(m[0].length);
        modes.push({ kind: "heredoc", marker: m[2], lineStart: true });
        return emit("oheredoc", start, { value: m[2], flag: m[1] === "-" });
      }
    }
    if (c === "~" && src[i + 1] === "}" && mode.braces === 0 && modes.length > 1) {
      advance(2);
      modes.pop();
      return emit("seqend", start, { flag: true });
    }
    if (c === "{") mode.braces++;
    if (c === "}") {
      if (mode.braces === 0 && modes.length > 1) {
        advance(1);
        modes.pop();
        return emit("seqend", start, { flag: false });
      }
      mode.braces = Math.max(0, mode.braces - 1);
    }
    if (isDigit(c)) return lexNumber(start);
    if (isIdentStart(c)) return lexIdent(start);
    if (c === "." && src[i + 1] === "." && src[i + 2] === ".") {
      i += 3;
      return emit("...", start);
    }
    const op = operatorAt(c, src[i + 1]);
    if (op) {
      i += op.length;
      return emit(op, start);
    }
    advance(1);
    emit("invalid", start);
    error("Invalid character", `This character is not used within the language: ${JSON.stringify(c)}.`, start);
  }

  function lexNumber(start: Pos): void {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(src)!;
    i += m[0].length;
    emit("number", start);
  }

  // Identifiers never contain a newline, so the position moves by plain increments.
  function lexIdent(start: Pos): void {
    while (i < src.length && isIdentChar(src[i])) i++;
    // Provider-defined functions: provider::aws::arn_parse is one name.
    while (src.startsWith("::", i) && isIdentStart(src[i + 2] ?? " ")) {
      i += 2;
      while (i < src.length && isIdentChar(src[i])) i++;
    }
    emit("ident", start);
  }

  /** Template openers shared by quoted strings and heredocs; true when one was emitted. */
  function lexTemplateOpener(): boolean {
    const c = src[i];
    if ((c !== "$" && c !== "%") || src[i + 1] !== "{") return false;
    const start = pos();
    const strip = src[i + 2] === "~";
    advance(strip ? 3 : 2);
    modes.push({ kind: "normal", braces: 0 });
    emit(c === "$" ? "interp" : "control", start, { flag: strip });
    return true;
  }

  function lexQuoted(): void {
    if (src[i] === '"') {
      const start = pos();
      advance(1);
      modes.pop();
      return emit("cquote", start);
    }
    if (lexTemplateOpener()) return;
    const start = pos();
    while (i < src.length) {
      const c = src[i];
      if (c === '"' || c === "\n") break;
      if ((c === "$" || c === "%") && src[i + 1] === "{") break;
      if ((c === "$" || c === "%") && src[i + 1] === c && src[i + 2] === "{") advance(3);
      else if (c === "\\" && i + 1 < src.length && src[i + 1] !== "\n") advance(2);
      else advance(1);
    }
    if (i > start.offset) pushLiteral(start, true);
    if (src[i] === "\n" || i >= src.length) {
      modes.pop();
      error("Unterminated template string", "No closing marker was found for the string.", start);
    }
  }

  function lexHeredoc(mode: Mode & { kind: "heredoc" }): void {
    if (mode.lineStart) {
      const m = /^[ \t]*([\p{L}_][\p{L}\p{N}_-]*)[ \t]*(\r?\n|$)/u.exec(src.slice(i, i + 300));
      const atEnd = m !== null && (m[2] !== "" || i + m[0].length >= src.length);
      if (m && atEnd && m[1] === mode.marker) {
        const start = pos();
        advance(m[0].length - m[2].length);
        modes.pop();
        return emit("cheredoc", start);
      }
    }
    mode.lineStart = false;
    if (lexTemplateOpener()) return;
    const start = pos();
    while (i < src.length) {
      const c = src[i];
      if ((c === "$" || c === "%") && src[i + 1] === "{") break;
      if ((c === "$" || c === "%") && src[i + 1] === c && src[i + 2] === "{") {
        advance(3);
        continue;
      }
      advance(1);
      if (c === "\n") {
        mode.lineStart = true;
        break;
      }
    }
    if (i > start.offset) pushLiteral(start, false);
  }

  function pushLiteral(start: Pos, quoted: boolean): void {
    const raw = src.slice(start.offset, i);
    const { text, badEscape } = decodeLiteral(raw, quoted);
    emit("literal", start, { value: text });
    if (badEscape) error("Invalid escape sequence", `The escape ${badEscape} is not valid in a quoted string.`, start);
  }
}
