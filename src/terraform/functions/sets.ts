import { toListArg } from "./args.js";
import { FunctionError, type FunctionDef } from "./function-types.js";
import { toSetOrder } from "./set-order.js";
import { unify } from "./unify.js";
import { valueEquals } from "./values.js";
import type { Value } from "../value.js";

/** Set arguments, each as Terraform sees it after conversion: one common element type, de-duplicated. */
function setArgs(args: Value[]): Value[][] {
  const lists = args.map((a, i) => toListArg(a, i, "set of any single type"));
  const all = unify(lists.flat());
  if (!all) throw new FunctionError("given sets must all have compatible element types");
  let offset = 0;
  return lists.map((list) => toSetOrder(all.slice(offset, (offset += list.length))));
}

const has = (set: Value[], v: Value) => set.some((item) => valueEquals(item, v));

function setOp(min: number, op: (first: Value[], rest: Value[][]) => Value[]): FunctionDef {
  return {
    arity: [min, Infinity],
    impl: (args) => {
      const [first, ...rest] = setArgs(args);
      return toSetOrder(op(first!, rest));
    },
  };
}

function product(lists: Value[][]): Value[][] {
  return lists.reduce<Value[][]>((acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])), [[]]);
}

export const setFunctions: Record<string, FunctionDef> = {
  setunion: setOp(1, (first, rest) => first.concat(...rest)),
  setintersection: setOp(1, (first, rest) => first.filter((v) => rest.every((s) => has(s, v)))),
  setsubtract: {
    arity: [2, 2],
    impl: (args) => {
      const [a, b] = setArgs(args);
      return a!.filter((v) => !has(b!, v));
    },
  },
  setproduct: {
    arity: [0, Infinity],
    impl: (args) => {
      if (args.length < 2) throw new FunctionError("at least two arguments are required");
      return product(args.map((a, i) => toListArg(a, i, "list or set")));
    },
  },
};
