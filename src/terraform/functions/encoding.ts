import { toStringArg } from "./args.js";
import { FunctionError, type FunctionDef } from "./function-types.js";
import { unknownResult } from "./unknown-result.js";
import type { Value } from "../value.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decodeBase64(text: string, argIndex: number): Buffer {
  // Go's StdEncoding: padded, standard alphabet, no whitespace.
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) {
    throw new FunctionError(`failed to decode base64 data ${JSON.stringify(text)}`, argIndex);
  }
  return Buffer.from(text, "base64");
}

/** IANA names Costgate can encode, with Node's name for each. */
const TEXT_ENCODINGS: Record<string, BufferEncoding> = {
  "utf-8": "utf8", utf8: "utf8", "utf-16le": "utf16le", "iso-8859-1": "latin1", latin1: "latin1", "us-ascii": "latin1", ascii: "latin1",
};

function textEncoding(name: string, argIndex: number): BufferEncoding | "utf16be" {
  const key = name.toLowerCase();
  if (key === "utf-16be") return "utf16be";
  const encoding = TEXT_ENCODINGS[key];
  if (!encoding) throw new FunctionError(`"${name}" is not a supported IANA encoding name or alias in this Terraform version`, argIndex);
  return encoding;
}

function encodeText(text: string, encoding: BufferEncoding | "utf16be"): Buffer {
  if (encoding !== "utf16be") return Buffer.from(text, encoding);
  return Buffer.from(text, "utf16le").swap16();
}

function decodeText(bytes: Buffer, encoding: BufferEncoding | "utf16be"): string {
  if (encoding === "utf16be") return Buffer.from(bytes).swap16().toString("utf16le");
  return bytes.toString(encoding);
}

/** Go's url.QueryEscape: unreserved characters kept, space as "+", the rest %XX. */
function queryEscape(text: string): string {
  return Array.from(Buffer.from(text, "utf8"), (b) => {
    const ch = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(ch)) return ch;
    return ch === " " ? "+" : `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }).join("");
}

export const encodingFunctions: Record<string, FunctionDef> = {
  base64encode: { arity: [1, 1], impl: ([s]) => Buffer.from(toStringArg(s!, 0), "utf8").toString("base64") },
  base64decode: {
    arity: [1, 1],
    impl: ([s]) => {
      const bytes = decodeBase64(toStringArg(s!, 0), 0);
      try {
        return utf8.decode(bytes);
      } catch {
        throw new FunctionError("the result of decoding the provided string is not valid UTF-8", 0);
      }
    },
  },
  // Terraform gzips with Go's own deflate, whose bytes no other compressor reproduces.
  base64gzip: { arity: [1, 1], impl: () => unknownResult("base64gzip", "Go's gzip output cannot be reproduced byte for byte") },
  urlencode: { arity: [1, 1], impl: ([s]) => queryEscape(toStringArg(s!, 0)) },
  textencodebase64: {
    arity: [2, 2],
    impl: ([s, name]) => encodeText(toStringArg(s!, 0), textEncoding(toStringArg(name!, 1), 1)).toString("base64"),
  },
  textdecodebase64: {
    arity: [2, 2],
    impl: ([s, name]): Value => {
      const encoding = textEncoding(toStringArg(name!, 1), 1);
      return decodeText(decodeBase64(toStringArg(s!, 0), 0), encoding);
    },
  },
};
