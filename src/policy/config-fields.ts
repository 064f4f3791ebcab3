import * as z from "zod";

/**
 * Field builders for the config schema. Each field carries the one sentence a user needs when
 * the value is wrong ("expected a number of USD per month, got \"500$\""): the schema-level
 * error applies to the type check and to every check chained after it, so one phrase covers
 * a wrong type, a negative number and a bad pattern alike.
 */

/** How a YAML value reads in an error message. */
export function describeInput(input: unknown): string {
  if (input === undefined) return "nothing";
  if (input === null) return "an empty value";
  if (typeof input === "string") return JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}...` : input);
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a mapping";
  return String(input);
}

/** An error map saying what was expected and what was found. */
export function expected(what: string, opts: { number?: boolean } = {}) {
  return (issue: { input?: unknown }) => {
    if (issue.input === undefined) return `missing: expected ${what}`;
    // `monthly_increase_over: "500"` is a string in YAML; say how to fix it, not just that it is wrong.
    const quoted = opts.number && typeof issue.input === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(issue.input);
    return `expected ${what}, got ${describeInput(issue.input)}${quoted ? " (remove the quotes)" : ""}`;
  };
}

export const usdPerMonth = () => z.number({ error: expected("a number of USD per month, 0 or more", { number: true }) }).min(0);

export const percent = () => z.number({ error: expected("a percentage such as 25 (no % sign), 0 or more", { number: true }) }).min(0);

/** Project names appear in check titles and tables: one line, no control characters. */
export const projectName = () => z.string({ error: expected("a project name on one line") }).regex(/^[^\u0000-\u001f\u007f]+$/);

/** Terraform project directories, var files and usage files, always from the repository root. */
export const repoPath = (what: string) =>
  z
    .string({ error: expected(`${what} relative to the repository root, such as "envs/prod" (no leading "/", no "..")`) })
    // Relative, posix, no "..", no "//", no trailing "/": the same spelling the project layer uses.
    .regex(/^(?!\/)(?!.*\\)(?!(?:.*\/)?\.\.(?:\/|$))(?!.*\/\/)[^\n]*[^/\n]$/);

export const thresholdName = () =>
  z
    .string({ error: expected('a threshold name of letters, digits, "-", "_" or ".", such as "large-increase"') })
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/);

/** GitHub logins: letters, digits and single hyphens, at most 39 characters. */
export const login = () =>
  z.string({ error: expected('a GitHub login such as "alice" (without @)') }).regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/);

/** A team slug of the repository's organization ("finops") or of a named one ("acme/finops"). */
export const teamRef = () =>
  z
    .string({ error: expected('a team slug such as "finops" or "acme/finops" (without @)') })
    .regex(/^(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/)?[A-Za-z0-9][A-Za-z0-9_.-]*$/);

export const glob = () => z.string({ error: expected('a glob over project names and paths, such as "prod" or "envs/prod/**"') }).min(1);

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: expected(values.length === 2 ? `${values[0]} or ${values[1]}` : `one of ${values.join(", ")}`) });
