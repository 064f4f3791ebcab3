import { parseNumber } from "./args.js";
import { FunctionError, type FunctionDef } from "./function-types.js";
import { toSetOrder } from "./set-order.js";
import { unify } from "./unify.js";
import { unknownFromArg, unknownResult } from "./unknown-result.js";
import { findUnknown, formatNumber, isObject, isUnknown, typeName } from "./values.js";
import { sortedKeys, type Value } from "../value.js";

function cannotConvert(value: Value, target: string): FunctionError {
  return new FunctionError(`cannot convert ${typeName(value)} to ${target}`, 0);
}

function toList(value: Value, target: "list" | "set"): Value[] {
  if (!Array.isArray(value)) throw cannotConvert(value, `${target} of any single type`);
  const items = unify(value);
  if (!items) throw cannotConvert(value, `${target} of any single type`);
  return items;
}

/** A conversion that passes null through and answers Unknown for an unknown argument. */
function conversion(convert: (value: Exclude<Value, null>) => Value, allowUnknown = false): FunctionDef {
  return {
    arity: [1, 1],
    allowUnknown,
    impl: ([value], _ctx) => (value === null ? null : convert(value!)),
  };
}

const identity: FunctionDef = { arity: [1, 1], allowUnknown: true, impl: ([value]) => value! };

export const typeConversionFunctions: Record<string, FunctionDef> = {
  tostring: conversion((v) => {
    if (typeof v === "string") return v;
    if (typeof v === "number") return formatNumber(v);
    if (typeof v === "boolean") return String(v);
    throw cannotConvert(v, "string");
  }),
  tonumber: conversion((v) => {
    if (typeof v === "number") return v;
    if (typeof v !== "string") throw cannotConvert(v, "number");
    const n = parseNumber(v);
    if (n === undefined) {
      throw new FunctionError(`cannot convert ${JSON.stringify(v)} to number; given string must be a decimal representation of a number`, 0);
    }
    return n;
  }),
  tobool: conversion((v) => {
    if (typeof v === "boolean") return v;
    if (v === "true" || v === "false") return v === "true";
    if (typeof v === "string") {
      throw new FunctionError(`cannot convert ${JSON.stringify(v)} to bool; only the strings "true" or "false" are allowed`, 0);
    }
    throw cannotConvert(v, "bool");
  }),
  // A list with unknown elements is still a list of known length.
  tolist: conversion((v) => (isUnknown(v) ? unknownFromArg("tolist", 0, v) : toList(v, "list")), true),
  tomap: conversion((v) => {
    if (isUnknown(v)) return unknownFromArg("tomap", 0, v);
    if (!isObject(v)) throw cannotConvert(v, "map of any single type");
    const keys = sortedKeys(v);
    const values = unify(keys.map((k) => v[k]!));
    if (!values) throw cannotConvert(v, "map of any single type");
    return Object.fromEntries(keys.map((k, i) => [k, values[i]!]));
  }, true),
  toset: conversion((v) => {
    const unknown = findUnknown(v);
    if (unknown) return unknownFromArg("toset", 0, unknown);
    return toSetOrder(toList(v, "set"));
  }),
  type: { arity: [1, 1], allowUnknown: true, impl: () => unknownResult("type", "only available in terraform console") },
  sensitive: identity,
  nonsensitive: identity,
  ephemeralasnull: identity,
  issensitive: { arity: [1, 1], allowUnknown: true, impl: () => false },
};
