import { toListArg, toObjectArg, toStringArg, toStringListArg } from "./args.js";
import { FunctionError, type FunctionDef } from "./function-types.js";
import { unify } from "./unify.js";
import { unknownFromArg } from "./unknown-result.js";
import { findUnknown, isObject, isUnknown, typeName, valueEquals } from "./values.js";
import { sortedKeys, type Value } from "../value.js";

/** keys/values: the object must be known, its values need not be. */
function overObject(fn: string, op: (obj: Record<string, Value>) => Value): FunctionDef {
  return {
    arity: [1, 1],
    allowUnknown: true,
    impl: ([value]) => {
      if (isUnknown(value)) return unknownFromArg(fn, 0, value);
      if (!isObject(value ?? null)) throw new FunctionError("must have map or object type", 0);
      return op(value as Record<string, Value>);
    },
  };
}

export const mapFunctions: Record<string, FunctionDef> = {
  keys: overObject("keys", (obj) => sortedKeys(obj)),
  values: overObject("values", (obj) => sortedKeys(obj).map((k) => obj[k]!)),
  lookup: {
    arity: [2, 3],
    allowUnknown: true,
    impl: ([map, key, fallback]) => {
      if (isUnknown(map)) return unknownFromArg("lookup", 0, map);
      const unknownKey = findUnknown(key!);
      if (unknownKey) return unknownFromArg("lookup", 1, unknownKey);
      const obj = toObjectArg(map!, 0);
      const name = toStringArg(key!, 1);
      if (Object.hasOwn(obj, name)) return obj[name]!;
      if (fallback !== undefined) return fallback;
      throw new FunctionError(`the given object has no attribute ${JSON.stringify(name)}`, 0);
    },
  },
  merge: {
    arity: [0, Infinity],
    allowUnknown: true,
    impl: (args) => {
      const out: Record<string, Value> = {};
      for (const [i, arg] of args.entries()) {
        if (isUnknown(arg)) return unknownFromArg("merge", i, arg);
        if (arg === null) continue;
        if (!isObject(arg)) throw new FunctionError(`arguments must be maps or objects, got "${typeName(arg)}"`, i);
        Object.assign(out, arg);
      }
      return out;
    },
  },
  zipmap: {
    arity: [2, 2],
    allowUnknown: true,
    impl: ([keys, values]) => {
      const unknownKeys = findUnknown(keys!);
      if (unknownKeys) return unknownFromArg("zipmap", 0, unknownKeys);
      if (isUnknown(values)) return unknownFromArg("zipmap", 1, values);
      const names = toStringListArg(keys!, 0);
      const vals = toListArg(values!, 1);
      if (names.length !== vals.length) {
        throw new FunctionError(`number of keys (${names.length}) does not match number of values (${vals.length})`);
      }
      return Object.fromEntries(names.map((k, i) => [k, vals[i]!]));
    },
  },
  transpose: {
    arity: [1, 1],
    impl: ([map]) => {
      const obj = toObjectArg(map!, 0, "map of list of string");
      const out: Record<string, string[]> = {};
      for (const key of sortedKeys(obj)) {
        for (const value of toStringListArg(obj[key]!, 0)) (out[value] ??= []).push(key);
      }
      return out;
    },
  },
  matchkeys: {
    arity: [3, 3],
    impl: ([values, keys, searchset]) => {
      const vals = toListArg(values!, 0);
      const ks = toListArg(keys!, 1);
      const search = toListArg(searchset!, 2);
      if (vals.length !== ks.length) throw new FunctionError("length of keys and values should be equal");
      return vals.filter((_, i) => search.some((s) => valueEquals(s, ks[i]!)));
    },
  },
  coalesce: {
    arity: [0, Infinity],
    allowUnknown: true,
    impl: (args) => {
      const unified = unify(args);
      if (!unified) throw new FunctionError("all arguments must have the same type");
      for (const [i, arg] of unified.entries()) {
        if (isUnknown(arg)) return unknownFromArg("coalesce", i, arg);
        if (arg !== null && arg !== "") return arg;
      }
      throw new FunctionError("no non-null, non-empty-string arguments");
    },
  },
  coalescelist: {
    arity: [0, Infinity],
    allowUnknown: true,
    impl: (args) => {
      for (const [i, arg] of args.entries()) {
        if (isUnknown(arg)) return unknownFromArg("coalescelist", i, arg);
        if (!Array.isArray(arg)) throw new FunctionError("coalescelist arguments must be lists or tuples", i);
        if (arg.length > 0) return arg;
      }
      throw new FunctionError("no non-null arguments");
    },
  },
  compact: {
    arity: [1, 1],
    impl: ([list]) =>
      toListArg(list!, 0, "list of string").filter((item) => item !== null && item !== "").map((item) => toStringArg(item, 0)),
  },
};
