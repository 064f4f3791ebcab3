import { Unknown } from "../unknown.js";

/**
 * The Unknown a function returns because one of its arguments is (partly) unknown. The reason
 * names the function and the argument, then the original reason, so a reviewer can trace
 * "unknown" back to the value that caused it.
 */
export function unknownFromArg(fn: string, argIndex: number, cause?: Unknown): Unknown {
  const why = cause ? `: ${cause.reason}` : "";
  return new Unknown(`${fn}() argument ${argIndex + 1} is not known before apply${why}`, cause?.ref);
}

/** The Unknown a function returns because Terraform itself only knows it when it runs. */
export function unknownResult(fn: string, why: string): Unknown {
  return new Unknown(`${fn}(): ${why}`);
}
