import { posix } from "node:path";
import { FunctionError, type FunctionContext, type FunctionDef } from "../../src/terraform/functions/function-types.js";
import type { FunctionTable } from "../../src/terraform/eval/context.js";
import { isUnknown } from "../../src/terraform/unknown.js";
import { markSet, sortedKeys, type Value } from "../../src/terraform/value.js";

type Obj = Record<string, Value>;

/** Terraform's jsonencode writes object keys in lexical order. */
function sortKeys(v: Value): Value {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === "object" && !isUnknown(v)) return Object.fromEntries(sortedKeys(v).map((k) => [k, sortKeys((v as Obj)[k])]));
  return v;
}

/** Paths that start with path.module / path.root are source-root relative; others are relative to the module. */
function resolve(ctx: FunctionContext, p: string): string {
  const clean = posix.normalize(p);
  const anchored = [ctx.moduleDir, ctx.rootDir].some((d) => d !== "." && (clean === d || clean.startsWith(`${d}/`)));
  return posix.normalize(anchored ? clean : posix.join(ctx.moduleDir, clean));
}
const fn = (arity: [number, number], impl: FunctionDef["impl"], allowUnknown = false): FunctionDef => ({ arity, impl, allowUnknown });

/**
 * A stand-in for the built-in table (written in parallel in src/terraform/functions) with the
 * functions the realistic fixtures call, following the FunctionDef contract.
 */
export const fixtureFunctions: FunctionTable = {
  length: fn([1, 1], ([v]) => (isUnknown(v) ? v : Array.isArray(v) ? v.length : typeof v === "string" ? v.length : Object.keys(v as Obj).length), true),
  merge: fn([0, Infinity], (args) => Object.assign({}, ...args.filter((a) => a !== null).map((a) => ({ ...(a as Obj) })))),
  concat: fn([0, Infinity], (args) => (args as Value[][]).flat(1)),
  element: fn([2, 2], ([l, i]) => (l as Value[])[(i as number) % (l as Value[]).length]),
  lookup: fn([2, 3], ([m, k, d]) => {
    const o = m as Obj;
    if (Object.prototype.hasOwnProperty.call(o, k as string)) return o[k as string];
    if (d === undefined) throw new FunctionError(`the given key "${k}" does not exist`, 1);
    return d;
  }),
  toset: fn([1, 1], ([l]) => markSet([...new Set(l as string[])].sort())),
  tolist: fn([1, 1], ([l]) => l),
  keys: fn([1, 1], ([m]) => sortedKeys(m as Obj)),
  values: fn([1, 1], ([m]) => sortedKeys(m as Obj).map((k) => (m as Obj)[k])),
  max: fn([1, Infinity], (args) => Math.max(...(args as number[]))),
  min: fn([1, Infinity], (args) => Math.min(...(args as number[]))),
  coalesce: fn([1, Infinity], (args) => {
    const hit = args.find((a) => isUnknown(a) || (a !== null && a !== ""));
    if (hit === undefined) throw new FunctionError("no non-null, non-empty-string arguments");
    return hit;
  }, true),
  format: fn([1, Infinity], ([f, ...rest]) => {
    let i = 0;
    return (f as string).replace(/%[sd]/g, () => String(rest[i++]));
  }),
  jsonencode: fn([1, 1], ([v]) => JSON.stringify(sortKeys(v))),
  tostring: fn([1, 1], ([v]) => (typeof v === "number" ? String(v) : v)),
  upper: fn([1, 1], ([s]) => (s as string).toUpperCase()),
  substr: fn([3, 3], ([s, o, l]) => (s as string).substr(o as number, l as number)),
  file: fn([1, 1], ([p], ctx) => {
    const text = ctx.readFile(resolve(ctx, p as string));
    if (text === undefined) throw new FunctionError(`no file exists at ${p}`, 0);
    return text;
  }),
  templatefile: fn([2, 2], ([p, vars], ctx) => {
    const path = resolve(ctx, p as string);
    const text = ctx.readFile(path);
    if (text === undefined) throw new FunctionError(`no file exists at ${p}`, 0);
    return ctx.renderTemplate(text, vars as Obj, path);
  }),
};
