import { Unknown } from "../../../src/terraform/unknown.js";
import type { Value } from "../../../src/terraform/value.js";

/**
 * Fixture files (`fixtures/<family>.json`) hold function calls with Terraform's answers, written
 * by scripts/generate-function-fixtures.ts. Arguments and results are JSON; an unknown value is
 * written `{"$unknown": "<terraform type>"}` (the type only matters to the generator).
 */
export interface FixtureFile {
  /** Files the filesystem functions see, relative to the root module directory. */
  files?: Record<string, string>;
  cases: FixtureCase[];
}

export interface FixtureCase {
  fn: string;
  args: unknown[];
  /** The expression given to `terraform console` (generated from fn and args unless `customExpr`). */
  expr?: string;
  /** Keep `expr` as written (e.g. to wrap a sensitive result in nonsensitive()). */
  customExpr?: boolean;
  /** Terraform's result. */
  want?: unknown;
  /** Terraform's error message when the call fails. */
  error?: string;
  /** When Costgate's wording differs from Terraform's: a fragment its message must contain. */
  errorIncludes?: string;
  /** Why Costgate deliberately answers differently from Terraform; `want` is then hand-written. */
  costgate?: string;
}

export function isUnknownMarker(value: unknown): value is { $unknown: string | true } {
  return typeof value === "object" && value !== null && "$unknown" in value;
}

/** Fixture JSON to evaluator values (unknown markers become Unknown). */
export function toValue(json: unknown): Value {
  if (isUnknownMarker(json)) return new Unknown(`fixture unknown (${String(json.$unknown)})`);
  if (Array.isArray(json)) return json.map(toValue);
  if (json !== null && typeof json === "object") {
    return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, toValue(v)]));
  }
  return json as Value;
}

/** Evaluator values to fixture JSON (Unknown becomes `{"$unknown": true}`). */
export function toFixtureJson(value: Value): unknown {
  if (value instanceof Unknown) return { $unknown: true };
  if (Array.isArray(value)) return value.map(toFixtureJson);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toFixtureJson(v)]));
  }
  return value;
}
