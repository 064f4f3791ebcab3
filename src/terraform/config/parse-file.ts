import type { Diagnostic } from "../diagnostic.js";
import type { Body } from "../hcl/ast.js";
import { parseHcl } from "../hcl/index.js";

const cache = new Map<string, { src: string; body: Body; diagnostics: Diagnostic[] }>();
const MAX_CACHED = 5000;

/**
 * Parses a file, memoized by path and content: the base and head of a pull request share
 * most files, and a module used many times is parsed once. One version per path is kept.
 */
export function parseFileCached(path: string, src: string): { body: Body; diagnostics: Diagnostic[] } {
  // Keyed by path, then the content compared: base and head usually hold the same text.
  const hit = cache.get(path);
  if (hit && hit.src === src) return hit;
  if (!hit && cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  const parsed = { src, ...parseHcl(src, path) };
  cache.set(path, parsed);
  return parsed;
}

/** Forgets parsed files: for benchmarks that time parsing as part of a cold evaluation. */
export function clearParseCache(): void {
  cache.clear();
}

/**
 * When our parser rejects a file, asks HashiCorp's own parser (@cdktn/hcl2json, HCL compiled
 * to WASM) so the message and position are the ones `terraform` would print. If HashiCorp's
 * parser accepts the file, the failure is Costgate's and the diagnostic says so.
 */
export async function explainParseFailure(path: string, src: string, ours: Diagnostic[]): Promise<Diagnostic[]> {
  let accepted = false;
  let message = "";
  try {
    const { parse } = await import("@cdktn/hcl2json");
    await parse(path, src);
    accepted = true;
  } catch (err) {
    message = err instanceof Error ? err.message : String(err);
  }
  if (accepted) {
    return ours.map((d) => ({
      ...d,
      detail: `${d.detail ?? ""} (Terraform accepts this file: this is a limitation of Costgate's HCL parser; please report it.)`.trim(),
    }));
  }
  const hashicorp = parseHclError(message, path);
  return hashicorp ? [hashicorp] : ours;
}

/** `parse config: [file:line,col-line,col: Summary; Detail]` -> a diagnostic. */
export function parseHclError(message: string, path: string): Diagnostic | undefined {
  const body = /^parse config: \[(.*)\]$/s.exec(message.trim())?.[1];
  if (!body) return undefined;
  const m = /^(.*?):(\d+),(\d+)-(?:(\d+),)?(\d+): ([^;]*)(?:; (.*))?$/s.exec(body);
  if (!m) return undefined;
  const line = Number(m[2]);
  return {
    severity: "error",
    summary: m[6],
    detail: m[7],
    range: { file: path, start: { line, column: Number(m[3]) }, end: { line: m[4] ? Number(m[4]) : line, column: Number(m[5]) } },
  };
}
