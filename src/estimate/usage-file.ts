import { LineCounter, parseDocument } from "yaml";
import type { Diagnostic } from "../terraform/diagnostic.js";

/** A value from a usage file: numbers, strings, and nested groups (`standard: { storage_gb: 100 }`). */
export type UsageValue = number | string | boolean | UsageValue[] | UsageValues;
export interface UsageValues {
  [key: string]: UsageValue;
}

/**
 * Infracost's usage file format (version 0.1), so teams can bring the files they have:
 * `resource_usage` by address (with `[*]` wildcards) and `resource_type_default_usage`.
 */
export interface UsageFile {
  resourceUsage: Record<string, UsageValues>;
  typeDefaults: Record<string, UsageValues>;
}

export const EMPTY_USAGE: UsageFile = { resourceUsage: {}, typeDefaults: {} };

export function parseUsageFile(text: string, file: string): { usage: UsageFile; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const error = (summary: string, offset?: number): Diagnostic => {
    const pos = offset === undefined ? { line: 1, col: 1 } : lines.linePos(offset);
    return { severity: "error", summary, range: { file, start: { line: pos.line, column: pos.col }, end: { line: pos.line, column: pos.col } } };
  };
  if (doc.errors.length > 0) {
    return { usage: EMPTY_USAGE, diagnostics: doc.errors.map((e) => error(`invalid YAML: ${e.message.split("\n")[0]}`, e.pos[0])) };
  }
  const data: unknown = doc.toJS() ?? {};
  if (!isGroup(data)) return { usage: EMPTY_USAGE, diagnostics: [error("a usage file is a YAML mapping with version and resource_usage")] };
  const diagnostics: Diagnostic[] = [];
  if (data.version !== undefined && String(data.version) !== "0.1") {
    diagnostics.push(error(`unsupported usage file version ${JSON.stringify(data.version)}; expected 0.1`));
  }
  const section = (key: string): Record<string, UsageValues> => {
    const value = data[key];
    if (value === undefined || value === null) return {};
    if (!isGroup(value)) {
      diagnostics.push(error(`${key} must be a mapping of resource addresses to usage keys`));
      return {};
    }
    const out: Record<string, UsageValues> = {};
    for (const [address, values] of Object.entries(value)) {
      if (isGroup(values)) out[address] = values;
      else if (values !== null) diagnostics.push(error(`${key}.${address} must be a mapping of usage keys`));
    }
    return out;
  };
  return { usage: { resourceUsage: section("resource_usage"), typeDefaults: section("resource_type_default_usage") }, diagnostics };
}

/**
 * The usage values for one resource: its type's defaults, overridden by wildcard entries
 * (`aws_instance.web[*]`), overridden by the entry for its exact address.
 */
export function usageFor(usage: UsageFile, address: string, type: string): UsageValues {
  const wildcard = Object.entries(usage.resourceUsage)
    .filter(([pattern]) => matchesWildcard(pattern, address))
    .map(([, values]) => values);
  return Object.assign({}, usage.typeDefaults[type], ...wildcard, usage.resourceUsage[address]);
}

/** `aws_instance.web[*]` covers every instance of `aws_instance.web`, by index or by key. */
export function matchesWildcard(pattern: string, address: string): boolean {
  if (!pattern.includes("[*]")) return false;
  const parts = pattern.split("[*]").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join('\\[(?:\\d+|"(?:[^"\\\\]|\\\\.)*")\\]')}$`).test(address);
}

function isGroup(value: unknown): value is UsageValues {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
