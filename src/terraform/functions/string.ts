import { toIntegerArg, toListArg, toStringArg } from "./args.js";
import { FunctionError, type FunctionDef } from "./function-types.js";
import { graphemes } from "./values.js";
import type { Value } from "../value.js";

/** A function of string arguments only; all are converted (numbers and bools become strings). */
function strings(arity: number, op: (...s: string[]) => Value): FunctionDef {
  return { arity: [arity, arity], impl: (args) => op(...args.map((a, i) => toStringArg(a, i))) };
}

/** Go's unicode.IsSpace, which strings.TrimSpace uses (JS \s also trims U+FEFF, Go does not). */
const GO_SPACE = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const LEADING_SPACE = new RegExp(`^${GO_SPACE}+`, "u");
const TRAILING_SPACE = new RegExp(`${GO_SPACE}+$`, "u");

/**
 * Go maps case one character at a time (unicode.ToUpper/ToLower/ToTitle): no "ß" -> "SS", no
 * final-sigma rule. A JS mapping that would change the length keeps the character instead.
 */
function mapRunes(text: string, map: (ch: string) => string): string {
  return Array.from(text, (ch) => {
    const mapped = SPECIAL_CASE[ch]?.[map === toTitle ? 2 : map === toLower ? 1 : 0] ?? map(ch);
    return Array.from(mapped).length === 1 ? mapped : ch;
  }).join("");
}

const toUpper = (ch: string) => ch.toUpperCase();
const toLower = (ch: string) => ch.toLowerCase();
const toTitle = (ch: string) => ch.toUpperCase();
/** Characters whose Go mapping JS does not reproduce alone: [upper, lower, title]. */
const SPECIAL_CASE: Record<string, [string, string, string]> = {
  "\u0130": ["\u0130", "i", "\u0130"],
  ...Object.fromEntries(
    ["\u01c4\u01c5\u01c6", "\u01c7\u01c8\u01c9", "\u01ca\u01cb\u01cc", "\u01f1\u01f2\u01f3"].flatMap((set) =>
      Array.from(set, (ch) => [ch, [set[0]!, set[2]!, set[1]!]]),
    ),
  ),
};

/** Go's strings.Title: title-case each letter that follows a separator (see isSeparator there). */
function title(text: string): string {
  let prev = " ";
  let out = "";
  for (const ch of text) {
    out += isTitleSeparator(prev) ? mapRunes(ch, toTitle) : ch;
    prev = ch;
  }
  return out;
}

function isTitleSeparator(ch: string): boolean {
  if (ch.charCodeAt(0) <= 0x7f) return !/[0-9A-Za-z_]/.test(ch);
  if (/[\p{L}\p{Nd}]/u.test(ch)) return false;
  return new RegExp(GO_SPACE, "u").test(ch);
}

function trimSet(text: string, cutset: string): string {
  const cut = new Set(Array.from(cutset));
  const chars = Array.from(text);
  let start = 0;
  let end = chars.length;
  while (start < end && cut.has(chars[start]!)) start++;
  while (end > start && cut.has(chars[end - 1]!)) end--;
  return chars.slice(start, end).join("");
}

function substr(text: string, offset: number, length: number): string {
  const chars = graphemes(text);
  let start = offset < 0 ? chars.length + offset : offset;
  if (start < 0) start = 0;
  if (start > chars.length) return "";
  const end = length < 0 ? chars.length : Math.min(chars.length, start + length);
  return chars.slice(start, end).join("");
}

export const stringFunctions: Record<string, FunctionDef> = {
  chomp: strings(1, (s) => s.replace(/(?:\r\n?|\n)*$/, "")),
  endswith: strings(2, (s, suffix) => s.endsWith(suffix)),
  startswith: strings(2, (s, prefix) => s.startsWith(prefix)),
  strcontains: strings(2, (s, part) => s.includes(part)),
  lower: strings(1, (s) => mapRunes(s, toLower)),
  upper: strings(1, (s) => mapRunes(s, toUpper)),
  title: strings(1, title),
  strrev: strings(1, (s) => graphemes(s).reverse().join("")),
  trim: strings(2, trimSet),
  trimprefix: strings(2, (s, prefix) => (s.startsWith(prefix) ? s.slice(prefix.length) : s)),
  trimsuffix: strings(2, (s, suffix) => (suffix && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s)),
  trimspace: strings(1, (s) => s.replace(LEADING_SPACE, "").replace(TRAILING_SPACE, "")),
  indent: {
    arity: [2, 2],
    impl: ([spaces, text]) => {
      const pad = " ".repeat(Math.max(0, toIntegerArg(spaces!, 0)));
      return toStringArg(text!, 1).replaceAll("\n", `\n${pad}`);
    },
  },
  split: strings(2, (sep, s) => (sep === "" ? Array.from(s) : s.split(sep))),
  substr: {
    arity: [3, 3],
    impl: ([text, offset, length]) =>
      substr(toStringArg(text!, 0), toIntegerArg(offset!, 1), toIntegerArg(length!, 2)),
  },
  join: {
    arity: [2, Infinity],
    impl: ([sep, ...lists]) => {
      const separator = toStringArg(sep!, 0);
      const parts: string[] = [];
      lists.forEach((list, li) =>
        toListArg(list!, li + 1, "list of string").forEach((item, i) => {
          if (item === null) {
            throw new FunctionError(`element ${i} is null; cannot concatenate null values`, li + 1);
          }
          if (typeof item === "object") throw new FunctionError("list of string required", li + 1);
          parts.push(toStringArg(item, li + 1));
        }),
      );
      return parts.join(separator);
    },
  },
};
