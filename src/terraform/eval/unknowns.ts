import type { SourceRange } from "../diagnostic.js";
import { Unknown, isUnknown } from "../unknown.js";
import type { Value } from "../value.js";
import type { EvalContext } from "./context.js";

/**
 * The one generic unknown check every operator and function call goes through: the first
 * Unknown among the operands (searching inside collections when `deep`), or undefined.
 */
export function firstUnknown(values: readonly Value[], deep: boolean): Unknown | undefined {
  for (const v of values) {
    const u = deep ? findUnknownDeep(v) : isUnknown(v) ? v : undefined;
    if (u) return u;
  }
  return undefined;
}

export function findUnknownDeep(v: Value): Unknown | undefined {
  if (isUnknown(v)) return v;
  if (Array.isArray(v)) {
    for (const item of v) {
      const u = findUnknownDeep(item);
      if (u) return u;
    }
  } else if (v !== null && typeof v === "object") {
    for (const key in v) {
      const u = findUnknownDeep(v[key]);
      if (u) return u;
    }
  }
  return undefined;
}

/** The unknown result of an operation on `cause`: same reason, no longer the referenced attribute itself. */
export function derivedUnknown(cause: Unknown): Unknown {
  return cause.ref || cause.range ? new Unknown(cause.reason) : cause;
}

/** Reports an error at `range` and returns the Unknown that stands for the failed expression. */
export function fail(ctx: EvalContext, range: SourceRange | undefined, summary: string, detail: string): Unknown {
  ctx.diagnostics.push({ severity: "error", summary, detail, range });
  return new Unknown(`${summary}: ${detail}`);
}
