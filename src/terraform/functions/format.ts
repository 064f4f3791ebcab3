import { toListArg, toStringArg } from "./args.js";
import { formatFloat } from "./decimal-digits.js";
import { pad, parseFormat, type Verb } from "./format-spec.js";
import { FunctionError, type FunctionDef } from "./function-types.js";
import { encodeJson, quoteJsonString } from "./json.js";
import { unknownResult } from "./unknown-result.js";
import { isObject } from "./values.js";
import type { Value } from "../value.js";

function sign(n: number, flags: string): string {
  if (n < 0 || Object.is(n, -0)) return "-";
  return flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
}

function unsupported(v: Verb, why: string): FunctionError {
  return new FunctionError(`unsupported value for "${v.text}" at ${v.offset}: ${why}`);
}

function number(arg: Value, v: Verb): number {
  if (typeof arg === "number") return arg;
  const n = typeof arg === "string" && arg.trim() !== "" ? Number(arg) : NaN;
  if (Number.isNaN(n)) throw unsupported(v, typeof arg === "string" ? "a number is required" : "number required");
  return n;
}

function string(arg: Value, v: Verb): string {
  if (typeof arg === "object" && arg !== null) throw unsupported(v, "string required");
  return toStringArg(arg, 0);
}

const INTEGER_BASES: Record<string, [number, string]> = { d: [10, ""], b: [2, "0b"], o: [8, "0"], x: [16, "0x"], X: [16, "0X"] };

/** Formats one argument for one verb. */
function formatArg(arg: Value, v: Verb): string {
  const { verb, flags } = v;
  switch (verb) {
    case "v":
      if (flags.includes("#") || Array.isArray(arg) || isObject(arg)) return pad(encodeJson(arg), v, false);
      if (typeof arg === "number") return pad(sign(arg, flags) + formatFloat(arg, "g", v.prec), v, true);
      return pad(string(arg, v), v, false);
    case "s": {
      const text = string(arg, v);
      return pad(v.prec === undefined ? text : Array.from(text).slice(0, v.prec).join(""), v, false);
    }
    case "q":
      return pad(quoteJsonString(string(arg, v)), v, false);
    case "t":
      if (arg === true || arg === "true") return "true";
      if (arg === false || arg === "false") return "false";
      throw unsupported(v, "bool required");
    case "e": case "E": case "f": case "F": case "g": case "G": {
      const n = number(arg, v);
      return pad(sign(n, flags) + formatFloat(n, verb === "F" ? "f" : verb, v.prec), v, true);
    }
    default: {
      const base = INTEGER_BASES[verb];
      if (!base) throw new FunctionError(`unsupported format verb '${verb}' in "${v.text}" at offset ${v.offset}`);
      const n = number(arg, v);
      if (!Number.isInteger(n)) throw unsupported(v, "an integer is required");
      let digits = BigInt(Math.abs(n)).toString(base[0]);
      if (verb === "X") digits = digits.toUpperCase();
      if (v.prec !== undefined) digits = digits.padStart(v.prec, "0");
      const prefix = flags.includes("#") ? base[1] : "";
      return pad(sign(n, flags) + prefix + digits, v, v.prec === undefined);
    }
  }
}

/** cty's `format`: Go fmt verbs over Terraform values; a null argument makes the result unknown. */
export function formatValues(fn: string, format: string, args: Value[]): Value {
  let next = 0;
  let maxUsed = 0;
  let out = "";
  for (const part of parseFormat(format)) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const index = part.argIndex ?? next + 1;
    if (index > args.length || index < 1) {
      throw new FunctionError(`not enough arguments for "${part.text}" at ${part.offset}: need index ${index} but have ${args.length} total`);
    }
    next = index;
    maxUsed = Math.max(maxUsed, index);
    const arg = args[index - 1]!;
    if (arg === null) return unknownResult(fn, `argument ${index + 1} is null`);
    out += formatArg(arg, part);
  }
  if (maxUsed < args.length) {
    throw new FunctionError(`too many arguments; only ${maxUsed} used by format string`, 1);
  }
  return out;
}

export const formatFunctions: Record<string, FunctionDef> = {
  format: {
    arity: [1, Infinity],
    impl: ([format, ...args]) => formatValues("format", toStringArg(format!, 0), args),
  },
  formatlist: {
    arity: [1, Infinity],
    impl: ([format, ...args]) => {
      const spec = toStringArg(format!, 0);
      let length: number | undefined;
      let lengthFrom = 0;
      args.forEach((arg, i) => {
        if (!Array.isArray(arg)) return;
        if (length === undefined) {
          length = arg.length;
          lengthFrom = i + 1;
        } else if (arg.length !== length) {
          throw new FunctionError(
            `argument ${i + 1} has length ${arg.length}, which is inconsistent with argument ${lengthFrom} of length ${length}`,
            i + 1,
          );
        }
      });
      if (length === undefined) return [formatValues("formatlist", spec, args)];
      return Array.from({ length }, (_, row) =>
        formatValues("formatlist", spec, args.map((arg) => (Array.isArray(arg) ? toListArg(arg, 0)[row]! : arg))),
      );
    },
  },
};

