import { FunctionError, type FunctionContext, type FunctionDef } from "./function-types.js";
import { unknownFromArg } from "./unknown-result.js";
import { findUnknown } from "./values.js";
import type { Value } from "../value.js";

/**
 * Calls a built-in the way Terraform's function machinery does: checks the argument count,
 * and unless the function handles unknowns itself, answers Unknown as soon as an argument
 * contains one (naming that argument). Errors from `impl` propagate as `FunctionError`.
 */
export function callFunction(name: string, def: FunctionDef, args: Value[], ctx: FunctionContext): Value {
  const [min, max] = def.arity;
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    const plural = expected === "1" ? "" : "s";
    throw new FunctionError(`function "${name}" expects ${expected} argument${plural}, but got ${args.length}`);
  }
  if (!def.allowUnknown) {
    for (let i = 0; i < args.length; i++) {
      const unknown = findUnknown(args[i]!);
      if (unknown) return unknownFromArg(name, i, unknown);
    }
  }
  return def.impl(args, ctx);
}
