import { FunctionError } from "./function-types.js";

/**
 * Translates an RE2 pattern (Terraform's regex dialect) to a JavaScript RegExp with the same
 * matches: `(?P<name>)` groups, leading `(?flags)`, `\A` `\z` `\Q..\E`, POSIX classes, RE2's
 * narrower `\s`, and RE2's leniency about `{` and escaped punctuation. Perl features RE2
 * rejects (lookaround, backreferences) are rejected with RE2's wording. Returns undefined for
 * RE2 syntax this translation does not cover (flags in the middle of a pattern).
 */
export function translateRe2(pattern: string, fail: SyntaxFailure): RegExp | undefined {
  let source = pattern;
  let flags = "u";
  const leading = /^\(\?([imsU]+)\)/.exec(source);
  if (leading) {
    if (leading[1]!.includes("U")) return undefined;
    flags += leading[1]!;
    source = source.slice(leading[0].length);
  }
  const out = translateBody(source, fail);
  if (out === undefined) return undefined;
  try {
    return new RegExp(out, flags);
  } catch (err) {
    const why = (err as Error).message.replace(/^.*: /, "");
    throw fail(JS_ERRORS[why] ?? why.toLowerCase(), pattern);
  }
}

/** Builds the error for an invalid pattern from RE2's error code and the offending expression. */
export type SyntaxFailure = (code: string, expr: string) => FunctionError;

/** V8's syntax errors in RE2's words. */
const JS_ERRORS: Record<string, string> = {
  "Unterminated group": "missing closing )",
  "Unmatched ')'": "unexpected )",
  "Nothing to repeat": "missing argument to repetition operator",
  "Unterminated character class": "missing closing ]",
  "Range out of order in character class": "invalid character class range",
};

const POSIX: Record<string, string> = {
  alnum: "0-9A-Za-z", alpha: "A-Za-z", ascii: "\\x00-\\x7f", blank: "\\t ", cntrl: "\\x00-\\x1f\\x7f",
  digit: "0-9", graph: "!-~", lower: "a-z", print: " -~", punct: "!-\\/:-@\\[-`{-~",
  space: "\\t\\n\\v\\f\\r ", upper: "A-Z", word: "0-9A-Za-z_", xdigit: "0-9A-Fa-f",
};
const JS_SYNTAX = new Set("^$\\.*+?()[]{}|/".split(""));
const RE2_SPACE = "\\t\\n\\f\\r ";

function translateBody(src: string, fail: SyntaxFailure): string | undefined {
  let out = "";
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === "\\") {
      const next = src[i + 1] ?? "";
      i++;
      if (next === "Q") {
        const end = src.indexOf("\\E", i + 1);
        const literal = src.slice(i + 1, end < 0 ? undefined : end);
        out += literal.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
        i = end < 0 ? src.length : end + 1;
      } else if (next === "A" && !inClass) out += "(?<![\\s\\S])";
      else if (next === "z" && !inClass) out += "(?![\\s\\S])";
      else if (next === "s") out += inClass ? RE2_SPACE : `[${RE2_SPACE}]`;
      else if (next === "S" && !inClass) out += `[^${RE2_SPACE}]`;
      else if (/[1-9]/.test(next)) {
        throw fail("invalid escape sequence", `\\${next}`);
      } else if ((next === "p" || next === "P") && src[i + 1] !== "{") {
        out += `\\${next}{${src[i + 1] ?? ""}}`;
        i++;
      } else if (next === "x" && src[i + 1] === "{") out += "\\u";
      else if (next === "-") out += inClass ? "\\-" : "-";
      else if (/[!-/:-@[-`{-~]/.test(next) && !JS_SYNTAX.has(next)) out += next;
      else out += `\\${next}`;
      continue;
    }
    if (inClass) {
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(src.slice(i));
      if (posix && POSIX[posix[2]!] && !posix[1]) {
        out += POSIX[posix[2]!];
        i += posix[0].length - 1;
      } else if (ch === "]") {
        inClass = false;
        out += ch;
      } else out += ch === "[" ? "\\[" : ch;
      continue;
    }
    if (ch === "[") {
      inClass = true;
      out += ch;
      if (src[i + 1] === "^") out += src[++i];
      if (src[i + 1] === "]") {
        out += "\\]";
        i++;
      }
    } else if (ch === "(" && src[i + 1] === "?") {
      const rest = src.slice(i);
      const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
      if (named) {
        out += `(?<${named[1]}>`;
        i += named[0].length - 1;
      } else if (rest.startsWith("(?:")) {
        out += "(?:";
        i += 2;
      } else if (/^\(\?(=|!|<=|<!)/.test(rest)) {
        throw fail("invalid or unsupported Perl syntax", /^\(\?<?[=!]/.exec(rest)![0]);
      } else return undefined;
    } else if (ch === "{" && !/^\{\d+(,\d*)?\}/.test(src.slice(i))) out += "\\{";
    else if (ch === "}") out += /\{\d+(,\d*)?$/.test(src.slice(0, i)) ? "}" : "\\}";
    else out += ch;
  }
  return out;
}
