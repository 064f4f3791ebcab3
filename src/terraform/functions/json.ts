import { toStringArg } from "./args.js";
import { FunctionError, type FunctionDef } from "./function-types.js";
import { formatNumber, isUnknown } from "./values.js";
import { sortedKeys, type Value } from "../value.js";

const ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

/** A JSON string literal as Go's encoding/json writes it (HTML characters and U+2028/9 escaped). */
export function quoteJsonString(text: string): string {
  // Lone surrogates cannot be UTF-8; Go writes U+FFFD for invalid sequences.
  const clean = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
  return `"${clean.replace(/["\\\u0000-\u001f<>&\u2028\u2029]/g, (ch) => ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
}

/** `jsonencode`: compact, object keys sorted, numbers without exponent. */
export function encodeJson(value: Value): string {
  if (value === null) return "null";
  if (typeof value === "string") return quoteJsonString(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new FunctionError("value must be a finite number", 0);
    return formatNumber(value);
  }
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(encodeJson).join(",")}]`;
  if (isUnknown(value)) throw new Error("encodeJson called with an unknown value");
  return `{${sortedKeys(value).map((k) => `${quoteJsonString(k)}:${encodeJson(value[k]!)}`).join(",")}}`;
}

function fromJson(parsed: unknown): Value {
  if (Array.isArray(parsed)) return parsed.map(fromJson);
  if (parsed !== null && typeof parsed === "object") {
    return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, fromJson(v)]));
  }
  return parsed as Value;
}

export const jsonFunctions: Record<string, FunctionDef> = {
  jsonencode: { arity: [1, 1], impl: ([value]) => encodeJson(value!) },
  jsondecode: {
    arity: [1, 1],
    impl: ([text]) => {
      const source = toStringArg(text!, 0);
      try {
        return fromJson(JSON.parse(source));
      } catch (err) {
        const message = (err as Error).message;
        const at = Number(/position (\d+)/.exec(message)?.[1] ?? source.length);
        // Input that stops early is Go's io.EOF, which is all Terraform says about it.
        if (at >= source.trimEnd().length) throw new FunctionError("EOF", 0);
        throw new FunctionError(`invalid JSON: ${message}`, 0);
      }
    },
  },
};
