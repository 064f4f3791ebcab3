import picomatch from "picomatch";
import { toStringArg } from "./args.js";
import { FunctionError, type FunctionContext, type FunctionDef } from "./function-types.js";
import { digest } from "./hash-crypto.js";
import { basename, cleanPath, dirname, resolveSourcePath } from "./source-path.js";
import { unknownResult } from "./unknown-result.js";
import { isObject } from "./values.js";
import type { Value } from "../value.js";

const outside = (fn: string, given: string) =>
  unknownResult(fn, `${JSON.stringify(given)} is outside the source tree, which Costgate does not read`);

/** Reads a file for a function, or answers why it cannot be known. */
function readSource(fn: string, given: Value, ctx: FunctionContext): { text: string; path: string } | Value {
  const wanted = toStringArg(given, 0);
  const resolved = resolveSourcePath(ctx, wanted);
  if (resolved === undefined) return outside(fn, wanted);
  const text = ctx.readFile(resolved);
  if (text === undefined) {
    throw new FunctionError(
      `no file exists at ${JSON.stringify(wanted)}; this function works only with files that are distributed as part of ` +
        "the configuration source code, so if this file will be created by a resource in this configuration you must " +
        "instead obtain this result from an attribute of that resource",
      0,
    );
  }
  return { text, path: resolved };
}

/** A function of one file's contents. */
function ofFile(fn: string, op: (text: string) => Value): FunctionDef {
  return {
    arity: [1, 1],
    impl: ([given], ctx) => {
      const file = readSource(fn, given!, ctx);
      return isFile(file) ? op(file.text) : file;
    },
  };
}

const isFile = (v: unknown): v is { text: string; path: string } => typeof v === "object" && v !== null && "text" in v;

/**
 * Functions of a file's bytes. Files arrive as text, so a file that was not UTF-8 (decoded with
 * U+FFFD replacements) no longer has its bytes: its hash or base64 would be wrong, not unknown.
 */
function ofBytes(fn: string, op: (bytes: Buffer) => string): FunctionDef {
  return ofFile(fn, (text) =>
    text.includes("\ufffd") ? unknownResult(fn, "the file is not UTF-8 text, and Costgate reads files as text") : op(Buffer.from(text, "utf8")),
  );
}

const fileDigest = (fn: string, algorithm: string, encoding: "hex" | "base64") =>
  ofBytes(fn, (bytes) => digest(algorithm, bytes, encoding));

function fileset(given: string, pattern: string, ctx: FunctionContext): Value {
  const dir = resolveSourcePath(ctx, given);
  if (dir === undefined) return outside("fileset", given);
  if (pattern === "") return [];
  const prefix = dir === "" ? "" : `${dir}/`;
  const matches = picomatch(pattern.replace(/^\.\//, ""), { dot: true });
  return ctx
    .listFiles(dir)
    .map((f) => (prefix && f.startsWith(prefix) ? f.slice(prefix.length) : f))
    .filter((f) => matches(f))
    .sort();
}

export const filesystemFunctions: Record<string, FunctionDef> = {
  file: ofFile("file", (text) => text),
  filebase64: ofBytes("filebase64", (bytes) => bytes.toString("base64")),
  filemd5: fileDigest("filemd5", "md5", "hex"),
  filesha1: fileDigest("filesha1", "sha1", "hex"),
  filesha256: fileDigest("filesha256", "sha256", "hex"),
  filesha512: fileDigest("filesha512", "sha512", "hex"),
  filebase64sha256: fileDigest("filebase64sha256", "sha256", "base64"),
  filebase64sha512: fileDigest("filebase64sha512", "sha512", "base64"),
  fileexists: {
    arity: [1, 1],
    impl: ([given], ctx) => {
      const wanted = toStringArg(given!, 0);
      const resolved = resolveSourcePath(ctx, wanted);
      return resolved === undefined ? outside("fileexists", wanted) : ctx.readFile(resolved) !== undefined;
    },
  },
  fileset: { arity: [2, 2], impl: ([dir, pattern], ctx) => fileset(toStringArg(dir!, 0), toStringArg(pattern!, 1), ctx) },
  templatefile: {
    arity: [2, 2],
    impl: ([given, vars], ctx) => {
      if (!isObject(vars ?? null)) throw new FunctionError("invalid vars value: must be a map", 1);
      const file = readSource("templatefile", given!, ctx);
      return isFile(file) ? ctx.renderTemplate(file.text, vars as Record<string, Value>, file.path) : file;
    },
  },
  abspath: {
    arity: [1, 1],
    impl: ([p]) => {
      const text = toStringArg(p!, 0);
      return text.startsWith("/") ? cleanPath(text) : unknownResult("abspath", "depends on the directory Terraform runs in");
    },
  },
  dirname: { arity: [1, 1], impl: ([p]) => dirname(toStringArg(p!, 0)) },
  basename: { arity: [1, 1], impl: ([p]) => basename(toStringArg(p!, 0)) },
  pathexpand: {
    arity: [1, 1],
    impl: ([p]) => {
      const text = toStringArg(p!, 0);
      return text.startsWith("~") ? unknownResult("pathexpand", "depends on the home directory of the machine running Terraform") : text;
    },
  },
};
