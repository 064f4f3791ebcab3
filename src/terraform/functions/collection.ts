import { toBoolArg, toIntegerArg, toListArg, toNumberArg, toNumberListArg, toStringListArg } from "./args.js";
import { FunctionError, type FunctionDef } from "./function-types.js";
import { compareCodePoints } from "./set-order.js";
import { unify } from "./unify.js";
import { unknownFromArg } from "./unknown-result.js";
import { findUnknown, graphemes, isObject, isUnknown, typeName, valueEquals } from "./values.js";
import type { Unknown } from "../unknown.js";
import type { Value } from "../value.js";

/** Answers Unknown when one of the given arguments is itself unknown (its elements may be known). */
/** An unknown that is the `id` or `arn` of one resource instance: unique to that instance. */
function isIdentityReference(value: Value): boolean {
  return isUnknown(value) && value.ref !== undefined && (value.ref.attribute === "id" || value.ref.attribute === "arn");
}

function unknownArg(fn: string, args: Value[], indexes: number[]): Value | undefined {
  for (const i of indexes) {
    if (isUnknown(args[i])) return unknownFromArg(fn, i, args[i]);
  }
  return undefined;
}

/** A function over one list whose elements may be unknown; the list itself must be known. */
function overList(fn: string, arity: [number, number], op: (list: Value[], args: Value[]) => Value): FunctionDef {
  const indexes = Array.from({ length: arity[1] }, (_, i) => i);
  return {
    arity,
    allowUnknown: true,
    impl: (args) => unknownArg(fn, args, indexes) ?? op(toListArg(args[0]!, 0), args),
  };
}

/** Terraform's alltrue/anytrue: a decisive element wins even when others are unknown. */
function boolFold(fn: string, decisive: boolean): FunctionDef {
  return overList(fn, [1, 1], (list) => {
    let unknown: Value | undefined;
    for (const item of list) {
      if (isUnknown(item)) unknown ??= unknownFromArg(fn, 0, item);
      else if (item === null ? false : toBoolArg(item, 0) === decisive) return decisive;
    }
    return unknown ?? !decisive;
  });
}

function flatten(fn: string, list: Value[]): Value[] | Value {
  const out: Value[] = [];
  for (const item of list) {
    // An unknown element may itself be a list, so the shape of the result is unknown.
    if (isUnknown(item)) return unknownFromArg(fn, 0, item);
    if (!Array.isArray(item)) {
      out.push(item);
      continue;
    }
    const inner = flatten(fn, item);
    if (!Array.isArray(inner)) return inner;
    out.push(...inner);
  }
  return out;
}

function range(args: Value[]): number[] {
  const nums = args.map((a, i) => toNumberArg(a, i));
  const [start, limit] = nums.length === 1 ? [0, nums[0]!] : [nums[0]!, nums[1]!];
  const step = nums[2] ?? (limit < start ? -1 : 1);
  if (step > 0 && limit < start) throw new FunctionError("end must be greater than start when step is positive", 1);
  if (step < 0 && limit > start) throw new FunctionError("end must be less than start when step is negative", 1);
  const out: number[] = [];
  for (let v = start; step > 0 ? v < limit : step < 0 ? v > limit : true; v += step) {
    if (out.length >= 1024) {
      throw new FunctionError(
        "more than 1024 values were generated; either decrease the difference between start and end or use a smaller step",
      );
    }
    out.push(v);
  }
  return out;
}

export const collectionFunctions: Record<string, FunctionDef> = {
  length: {
    arity: [1, 1],
    allowUnknown: true,
    impl: ([value]) => {
      if (isUnknown(value)) return unknownFromArg("length", 0, value);
      if (value === null) throw new FunctionError("argument must not be null", 0);
      if (typeof value === "string") return graphemes(value).length;
      if (Array.isArray(value)) return value.length;
      if (isObject(value)) return Object.keys(value).length;
      throw new FunctionError("argument must be a string, a collection type, or a structural type", 0);
    },
  },
  alltrue: boolFold("alltrue", false),
  anytrue: boolFold("anytrue", true),
  chunklist: overList("chunklist", [2, 2], (list, [, size]) => {
    const n = toIntegerArg(size!, 1);
    if (n < 0) throw new FunctionError("the size argument must be positive", 1);
    if (n === 0) return [list];
    return Array.from({ length: Math.ceil(list.length / n) }, (_, i) => list.slice(i * n, i * n + n));
  }),
  concat: {
    arity: [0, Infinity],
    allowUnknown: true,
    impl: (args) => {
      if (args.length === 0) throw new FunctionError("at least one argument is required");
      const out: Value[] = [];
      args.forEach((arg, i) => {
        if (!Array.isArray(arg) && !isUnknown(arg)) {
          throw new FunctionError(`all arguments must be lists or tuples; got ${typeName(arg)}`, i);
        }
      });
      return unknownArg("concat", args, args.map((_, i) => i)) ?? out.concat(...(args as Value[][]));
    },
  },
  contains: overList("contains", [2, 2], (list, [, value]) => {
    const unknown = findUnknown(value!);
    if (unknown) return unknownFromArg("contains", 1, unknown);
    if (list.some((item) => valueEquals(item, value!))) return true;
    const pending = list.find((item) => findUnknown(item));
    return pending === undefined ? false : unknownFromArg("contains", 0, findUnknown(pending));
  }),
  distinct: {
    arity: [1, 1],
    // Unknown elements make the result unknown (Terraform cannot compare them), except when
    // every element is the provider-assigned identity (`id`, `arn`) of a resource instance:
    // two instances never share one, so the same reference is the same value and different
    // ones are different. That keeps `distinct(concat(module.vpc.private_subnets, ...))` a
    // list of known length, which is what prices one interface endpoint per subnet.
    allowUnknown: true,
    impl: ([list]) => {
      const whole = isUnknown(list!) ? list : undefined;
      if (whole) return unknownFromArg("distinct", 0, whole);
      const raw = toListArg(list!, 0);
      const pending = raw.map(findUnknown).find((u) => u !== undefined);
      if (pending) {
        if (!raw.every(isIdentityReference)) return unknownFromArg("distinct", 0, pending);
        const key = (u: Value) => `${(u as Unknown).ref!.address}#${(u as Unknown).ref!.attribute}`;
        return raw.filter((item, i) => raw.findIndex((other) => key(other) === key(item)) === i);
      }
      const items = unify(raw);
      if (!items) throw new FunctionError("list of any single type required", 0);
      return items.filter((item, i) => items.findIndex((other) => valueEquals(other, item)) === i);
    },
  },
  element: overList("element", [2, 2], (list, [, index]) => {
    const i = toIntegerArg(index!, 1, "invalid index: ");
    if (list.length === 0) throw new FunctionError("cannot use element function with an empty list", 0);
    // Go's remainder keeps the sign: -1 wraps only on a one-element list (Terraform panics otherwise).
    const at = i % list.length;
    if (at < 0) throw new FunctionError("cannot use element function with a negative index", 1);
    return list[at]!;
  }),
  flatten: overList("flatten", [1, 1], (list) => flatten("flatten", list)),
  index: {
    arity: [2, 2],
    impl: ([list, value]) => {
      const i = toListArg(list!, 0).findIndex((item) => valueEquals(item, value!));
      if (i < 0) throw new FunctionError("item not found");
      return i;
    },
  },
  one: overList("one", [1, 1], (list) => {
    if (list.length > 1) throw new FunctionError("must be a list, set, or tuple value with either zero or one elements", 0);
    return list[0] ?? null;
  }),
  range: { arity: [1, 3], impl: range },
  reverse: overList("reverse", [1, 1], (list) => [...list].reverse()),
  slice: overList("slice", [3, 3], (list, [, start, end]) => {
    const from = toIntegerArg(start!, 1);
    const to = toIntegerArg(end!, 2);
    if (from < 0) throw new FunctionError("start index must not be less than zero", 1);
    if (to > list.length) throw new FunctionError("end index must not be greater than the length of the list", 2);
    if (from > to) throw new FunctionError("start index must not be greater than end index", 1);
    return list.slice(from, to);
  }),
  sort: { arity: [1, 1], impl: ([list]) => toStringListArg(list!, 0).sort(compareCodePoints) },
  sum: {
    arity: [1, 1],
    impl: ([list]) => {
      const nums = toNumberListArg(list!, 0, "argument must be list, set, or tuple of number values");
      if (nums.length === 0) throw new FunctionError("cannot sum an empty list", 0);
      return nums.reduce((a, b) => a + b);
    },
  },
};
