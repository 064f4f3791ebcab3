import { toStringArg } from "./args.js";
import { FunctionError, type FunctionDef } from "./function-types.js";
import { translateRe2 } from "./re2.js";
import { unknownResult } from "./unknown-result.js";
import type { Value } from "../value.js";

/** Matches as Go's FindAll reports them: an empty match right after the previous match is skipped. */
function* goMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  const global = new RegExp(re.source, `${re.flags}g`);
  let prevEnd = -1;
  for (const m of text.matchAll(global)) {
    const end = m.index + m[0].length;
    if (m[0].length === 0 && m.index === prevEnd) continue;
    prevEnd = end;
    yield m;
  }
}

function groupNames(re: RegExp): string[] {
  return Array.from(re.source.matchAll(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g), (m) => m[1]!);
}

function groupCount(re: RegExp): number {
  return new RegExp(`${re.source}|`, re.flags).exec("")!.length - 1;
}

/** The shape `regex` returns: the match, a list of groups, or an object of named groups. */
function matchResult(m: RegExpExecArray, names: string[], count: number): Value {
  if (count === 0) return m[0];
  if (names.length > 0) return Object.fromEntries(names.map((n) => [n, m.groups?.[n] ?? null]));
  return m.slice(1).map((g) => g ?? null);
}

/** regex and regexall word syntax errors one way, replace (Go's own error text) another. */
const patternError = (argIndex: number) => (code: string, expr: string) =>
  argIndex === 0
    ? new FunctionError(`invalid regexp pattern: ${code} in ${expr}`, 0)
    : new FunctionError(`error parsing regexp: ${code}: \`${expr}\``, argIndex);

function compile(fn: string, pattern: string, argIndex = 0): RegExp | Value {
  const re = translateRe2(pattern, patternError(argIndex));
  if (!re) return unknownResult(fn, `the pattern ${JSON.stringify(pattern)} uses RE2 syntax Costgate does not evaluate`);
  const names = groupNames(re);
  if (names.length > 0 && names.length !== groupCount(re)) {
    throw new FunctionError("invalid regexp pattern: named and unnamed capture groups cannot be mixed", argIndex);
  }
  return re;
}

/** Go's Regexp.Expand template: `$1`, `${1}`, `$name`, `${name}`, `$$`. */
function expand(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(?:\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))?/g, (whole, braced?: string, bare?: string) => {
    if (whole === "$$") return "$";
    const name = braced ?? bare;
    if (name === undefined) return "$";
    if (/^\d+$/.test(name)) return m[Number(name)] ?? "";
    return m.groups?.[name] ?? "";
  });
}

function replaceAll(text: string, search: string, replacement: string): Value {
  if (search.length > 1 && search.startsWith("/") && search.endsWith("/")) {
    const re = compile("replace", search.slice(1, -1), 1);
    if (!(re instanceof RegExp)) return re;
    let out = "";
    let last = 0;
    for (const m of goMatches(re, text)) {
      out += text.slice(last, m.index) + expand(replacement, m);
      last = m.index + m[0].length;
    }
    return out + text.slice(last);
  }
  // Go's strings.Replace with an empty old string inserts the replacement around every character.
  if (search === "") return Array.from(text, (ch) => replacement + ch).join("") + replacement;
  return text.split(search).join(replacement);
}

export const regexFunctions: Record<string, FunctionDef> = {
  regex: {
    arity: [2, 2],
    impl: ([pattern, text]) => {
      const re = compile("regex", toStringArg(pattern!, 0));
      if (!(re instanceof RegExp)) return re;
      const m = re.exec(toStringArg(text!, 1));
      if (!m) throw new FunctionError("pattern did not match any part of the given string", 1);
      return matchResult(m, groupNames(re), m.length - 1);
    },
  },
  regexall: {
    arity: [2, 2],
    impl: ([pattern, text]) => {
      const re = compile("regexall", toStringArg(pattern!, 0));
      if (!(re instanceof RegExp)) return re;
      const names = groupNames(re);
      return Array.from(goMatches(re, toStringArg(text!, 1)), (m) => matchResult(m, names, m.length - 1));
    },
  },
  replace: {
    arity: [3, 3],
    impl: ([text, search, replacement]) =>
      replaceAll(toStringArg(text!, 0), toStringArg(search!, 1), toStringArg(replacement!, 2)),
  },
};
