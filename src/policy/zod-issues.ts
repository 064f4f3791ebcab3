import type * as z from "zod";
import type { Document, LineCounter } from "yaml";
import { formatKeyPath, type ConfigProblem, type KeyPath } from "./config-problem.js";
import { didYouMean } from "./did-you-mean.js";
import { lineOf } from "./yaml-locate.js";

interface Where {
  file: string;
  doc: Document;
  lines: LineCounter;
  /** The document as plain data, to quote what the user wrote. */
  input: unknown;
}

/**
 * Zod issues as problems a user can act on: one per key (the first one found), each with the
 * file, line and key path, unknown keys and misspelt options with a "did you mean".
 */
export function problemsFromIssues(schema: z.ZodType, issues: readonly z.core.$ZodIssue[], where: Where): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const seen = new Set<string>();
  const add = (path: KeyPath, message: string, atKey = false) => {
    const key = formatKeyPath(path);
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ file: where.file, line: lineOf(where.doc, where.lines, path, { atKey }), path: key, message });
  };
  for (const issue of issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== "symbol");
    if (issue.code === "unrecognized_keys") {
      const known = knownKeys(schemaAt(schema, path));
      for (const key of issue.keys) add([...path, key], unknownKeyMessage(key, known), true);
    } else if (issue.code === "invalid_value" && typeof valueAt(where.input, path) === "string") {
      const suggestion = didYouMean(valueAt(where.input, path) as string, issue.values.map(String));
      add(path, suggestion ? `${issue.message} (did you mean "${suggestion}"?)` : issue.message);
    } else {
      add(path, issue.message);
    }
  }
  return problems;
}

function unknownKeyMessage(key: string, known: string[]): string {
  const suggestion = didYouMean(key, known);
  if (suggestion) return `unknown key "${key}" (did you mean "${suggestion}"?)`;
  return `unknown key "${key}"; the keys here are ${known.filter((k) => !k.startsWith("_")).join(", ")}`;
}

/** The schema that validates a key path, looking through defaults, optionals and lists. */
function schemaAt(schema: z.ZodType, path: KeyPath): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    const def = current?._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } | undefined;
    if (def?.type === "object" && typeof key === "string") current = def.shape?.[key];
    else if (def?.type === "array" && typeof key === "number") current = def.element;
    else return undefined;
    current = current && unwrap(current);
  }
  return current;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType };
    if (!def.innerType || !["default", "prefault", "optional", "nullable"].includes(def.type)) return current;
    current = def.innerType;
  }
}

function knownKeys(schema: z.ZodType | undefined): string[] {
  const def = schema?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

function valueAt(input: unknown, path: KeyPath): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[key] : undefined), input);
}
