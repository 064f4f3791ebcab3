import { LineCounter, parseDocument, type YAMLError } from "yaml";
import { formatKeyPath, type ConfigProblem } from "./config-problem.js";
import { configSchema, type ConfigInput, type CostgateConfig } from "./config-schema.js";
import { checkConfigSemantics } from "./config-semantics.js";
import { lineOf } from "./yaml-locate.js";
import { problemsFromIssues } from "./zod-issues.js";

export interface LoadedConfig {
  /** Null whenever there is an error: a broken config never silently becomes the defaults. */
  config: CostgateConfig | null;
  /** The config as written (no defaults), for `mergeConfigs`; null when there is an error. */
  input: ConfigInput | null;
  errors: ConfigProblem[];
  warnings: ConfigProblem[];
}

/**
 * Parse and check `.github/costgate.yml`.
 * 1. YAML syntax (duplicate keys included), with the parser's line numbers.
 * 2. Structure: the Zod schema, all problems at once, each with key path and line.
 * 3. Semantics: rules across keys (config-semantics.ts).
 * An empty file is the defaults. Never throws on user input.
 */
export function loadConfig(text: string, file: string): LoadedConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e) => ({ file, line: e.linePos?.[0].line ?? null, path: "", message: yamlErrorMessage(e, text) }));
    return { config: null, input: null, errors, warnings: [] };
  }
  let input: unknown;
  try {
    // Aliases are resolved here: an unknown anchor or an alias bomb throws.
    input = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    return { config: null, input: null, errors: [{ file, line: null, path: "", message: `invalid YAML: ${(error as Error).message}` }], warnings: [] };
  }
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const errors = byLine(problemsFromIssues(configSchema, parsed.error.issues, { file, doc, lines, input }));
    return { config: null, input: null, errors, warnings: [] };
  }
  const locate = (findings: { path: (string | number)[] | readonly (string | number)[]; message: string }[]): ConfigProblem[] =>
    findings.map((f) => ({ file, line: lineOf(doc, lines, f.path), path: formatKeyPath(f.path), message: f.message }));
  const semantics = checkConfigSemantics(parsed.data);
  const errors = byLine(locate(semantics.errors));
  const warnings = byLine(locate(semantics.warnings));
  return errors.length > 0 ? { config: null, input: null, errors, warnings } : { config: parsed.data, input: input as ConfigInput, errors, warnings };
}

function yamlErrorMessage(error: YAMLError, text: string): string {
  if (error.code === "DUPLICATE_KEY") {
    // The parser does not name the key; it starts where the error does.
    const key = /^[^:\n]*/.exec(text.slice(error.pos[0]))![0].trim();
    return `invalid YAML: the key "${key}" appears twice in the same mapping`;
  }
  if (error.code === "MULTIPLE_DOCS") return "invalid YAML: the file holds more than one document (---); keep one";
  return `invalid YAML: ${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`;
}

/** Problems in reading order, so the list reads top to bottom like the file. */
function byLine(problems: ConfigProblem[]): ConfigProblem[] {
  return problems.map((p, i) => ({ p, i })).sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i).map(({ p }) => p);
}
