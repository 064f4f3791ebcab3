import { FunctionError } from "./function-types.js";

/** One `%` verb of a format string, as cty's format scanner reads it. */
export interface Verb {
  flags: string;
  width?: number;
  prec?: number;
  argIndex?: number;
  verb: string;
  text: string;
  offset: number;
}

const VERB = /%([-+# 0]*)(?:\[(\d+)\])?(\d+)?(?:\.(\d*))?(.?)/y;

/** Splits a format string into literal text and verbs. */
export function parseFormat(format: string): (string | Verb)[] {
  const parts: (string | Verb)[] = [];
  let literal = "";
  let i = 0;
  while (i < format.length) {
    if (format[i] !== "%") {
      literal += format[i++];
      continue;
    }
    if (format[i + 1] === "%") {
      literal += "%";
      i += 2;
      continue;
    }
    VERB.lastIndex = i;
    const m = VERB.exec(format)!;
    const verb = m[5]!;
    if (verb === "") throw new FunctionError(`invalid format string starting at offset ${i + 1}`, 0);
    if (!/[a-zA-Z]/.test(verb)) {
      throw new FunctionError(`unrecognized format character '${verb}' at offset ${i + m[0].length - 1}`, 0);
    }
    if (literal) parts.push(literal);
    literal = "";
    parts.push({
      flags: m[1]!,
      argIndex: m[2] === undefined ? undefined : Number(m[2]),
      width: m[3] === undefined ? undefined : Number(m[3]),
      prec: m[4] === undefined ? undefined : Number(m[4] || "0"),
      verb,
      text: m[0],
      offset: i,
    });
    i += m[0].length;
  }
  if (literal) parts.push(literal);
  return parts;
}

/** Go fmt padding: width counts characters; `-` pads right; `0` pads numbers after the sign. */
export function pad(text: string, v: Verb, numeric: boolean): string {
  const width = v.width ?? 0;
  const length = Array.from(text).length;
  if (length >= width) return text;
  const fill = width - length;
  if (v.flags.includes("-")) return text + " ".repeat(fill);
  if (v.flags.includes("0")) {
    const sign = numeric && /^[-+ ]/.test(text) ? text[0]! : "";
    return sign + "0".repeat(fill) + text.slice(sign.length);
  }
  return " ".repeat(fill) + text;
}
