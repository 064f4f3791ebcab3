import type { BinaryOp } from "../hcl/ast.js";
import { isUnknown } from "../unknown.js";
import type { Value } from "../value.js";
import { toBool, toNumber, valuesEqual } from "./convert-primitive.js";

export type OperandType = "number" | "bool" | "any";

/**
 * A binary operator as data (HCL's expression_ops.go): the type both operands are converted
 * to, the implementation on known converted operands, and for logic the short circuit that
 * decides the result from one known side even when the other is unknown.
 */
export interface Operation {
  operand: OperandType;
  /** Returns the result, or an error message. */
  impl(a: Value, b: Value): Value | { error: string };
  /** A result decided by one side alone (`true || x`, `false && x`), else undefined. */
  shortCircuit?(side: Value): boolean | undefined;
  /** `==` looks inside collections for unknowns; arithmetic only sees primitives. */
  deepUnknown?: boolean;
}

const arith = (f: (a: number, b: number) => number | { error: string }): Operation => ({
  operand: "number",
  impl: (a, b) => f(a as number, b as number),
});
const compare = (f: (a: number, b: number) => boolean): Operation => ({ operand: "number", impl: (a, b) => f(a as number, b as number) });

export const BINARY_OPERATIONS: Record<BinaryOp, Operation> = {
  "||": { operand: "bool", impl: (a, b) => a === true || b === true, shortCircuit: (v) => (v === true ? true : undefined) },
  "&&": { operand: "bool", impl: (a, b) => a === true && b === true, shortCircuit: (v) => (v === false ? false : undefined) },
  "==": { operand: "any", impl: (a, b) => valuesEqual(a, b), deepUnknown: true },
  "!=": { operand: "any", impl: (a, b) => !valuesEqual(a, b), deepUnknown: true },
  "<": compare((a, b) => a < b),
  ">": compare((a, b) => a > b),
  "<=": compare((a, b) => a <= b),
  ">=": compare((a, b) => a >= b),
  "+": arith((a, b) => a + b),
  "-": arith((a, b) => a - b),
  "*": arith((a, b) => a * b),
  "/": arith((a, b) => (b === 0 ? { error: "can't divide by zero" } : a / b)),
  "%": arith((a, b) => (b === 0 ? { error: "can't divide by zero" } : a % b)),
};

/** Converts an operand to the operation's parameter type; undefined when it cannot be. */
export function convertOperand(v: Value, type: OperandType): Value | undefined {
  if (type === "any" || isUnknown(v)) return v;
  if (v === null) return undefined;
  return type === "number" ? toNumber(v) : toBool(v);
}

export const OPERAND_DESCRIPTION: Record<OperandType, string> = { number: "a number is required", bool: "a bool is required", any: "" };
