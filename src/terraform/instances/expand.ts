import type { Expr } from "../hcl/ast.js";
import type { EvalContext } from "../eval/context.js";
import { toNumber, typeName } from "../eval/convert-primitive.js";
import { evaluate } from "../eval/evaluate.js";
import { fail } from "../eval/unknowns.js";
import { isUnknown, Unknown } from "../unknown.js";
import { sortedKeys, type Value } from "../value.js";
import { formatKey } from "./address.js";

/** One instance of a resource or module call: its key and the `count`/`each` it sees. */
export interface InstanceKey {
  /** Appended to the address: "", `[0]`, `["a"]`, or `[*]` for an unknown for_each. */
  suffix: string;
  key?: number | string;
  vars: Record<string, Value>;
}

export interface Expansion {
  mode: "single" | "count" | "for_each";
  instances: InstanceKey[];
  /** Set when count/for_each is unknown: one instance is assumed (`[0]` for count, `[*]` for for_each). */
  unknown?: Unknown;
}

/**
 * Expands `count` / `for_each` as Terraform does. for_each takes a map, an object or a set
 * of strings (a list of strings is accepted as a set). An unknown value gives one instance
 * flagged unknown, so the resource is still listed and priced once, marked as uncertain.
 */
export function expand(count: Expr | undefined, forEach: Expr | undefined, ctx: EvalContext, what: string): Expansion {
  if (count && forEach) {
    fail(ctx, forEach.range, "Invalid combination of \"count\" and \"for_each\"", `${what} sets both; only one may be used.`);
  }
  if (count) return expandCount(count, ctx, what);
  if (forEach) return expandForEach(forEach, ctx, what);
  return { mode: "single", instances: [{ suffix: "", vars: {} }] };
}

function expandCount(expr: Expr, ctx: EvalContext, what: string): Expansion {
  const raw = evaluate(expr, ctx);
  if (isUnknown(raw)) {
    const unknown = new Unknown(`the count of ${what} is not known: ${raw.reason}`, undefined, raw.range);
    return { mode: "count", instances: [{ suffix: "[0]", key: 0, vars: { count: { index: 0 } } }], unknown };
  }
  const n = raw === null ? undefined : toNumber(raw);
  if (n === undefined || !Number.isInteger(n) || n < 0) {
    const u = fail(ctx, expr.range, "Invalid count argument", `The "count" of ${what} must be a whole number of zero or more, got ${raw === null ? "null" : JSON.stringify(raw)}.`);
    return { mode: "count", instances: [], unknown: u };
  }
  return { mode: "count", instances: Array.from({ length: n }, (_, index) => ({ suffix: formatKey(index), key: index, vars: { count: { index } } })) };
}

function expandForEach(expr: Expr, ctx: EvalContext, what: string): Expansion {
  const raw = evaluate(expr, ctx);
  if (isUnknown(raw)) {
    const unknown = new Unknown(`the for_each of ${what} is not known: ${raw.reason}`);
    return { mode: "for_each", instances: [{ suffix: "[*]", vars: { each: { key: unknown, value: unknown } } }], unknown };
  }
  const item = (key: string, value: Value): InstanceKey => ({ suffix: formatKey(key), key, vars: { each: { key, value } } });
  if (Array.isArray(raw)) {
    if (raw.some(isUnknown)) {
      const unknown = new Unknown(`the for_each of ${what} has unknown elements`);
      return { mode: "for_each", instances: [{ suffix: "[*]", vars: { each: { key: unknown, value: unknown } } }], unknown };
    }
    if (raw.every((v) => typeof v === "string")) {
      const keys = [...new Set(raw as string[])].sort();
      return { mode: "for_each", instances: keys.map((k) => item(k, k)) };
    }
  } else if (raw !== null && typeof raw === "object") {
    return { mode: "for_each", instances: sortedKeys(raw).map((k) => item(k, (raw as Record<string, Value>)[k])) };
  }
  const u = fail(ctx, expr.range, "Invalid for_each argument", `The "for_each" of ${what} must be a map, or set of strings, got ${typeName(raw)}.`);
  return { mode: "for_each", instances: [], unknown: u };
}
