import type { ProjectBreakdown } from "../../estimate/breakdown-types.js";
import { estimateTreeProject } from "../../estimate/estimate-tree.js";
import { syncUsageFile, usageTargets, UsageSyncError } from "../../estimate/sync-usage-file.js";
import { EMPTY_USAGE, parseUsageFile } from "../../estimate/usage-file.js";
import { atomicWrite } from "../../shared/atomic-write.js";
import { buildBreakdownTable } from "../../report/breakdown-view.js";
import { breakdownJson } from "../../report/json-output.js";
import { renderTemplate } from "../../report/render.js";
import { formatDiagnostic } from "../../terraform/diagnostic.js";
import { EstimateError, UsageError, type CliIo } from "../cli-io.js";
import { cliEngineDeps } from "../engine-deps.js";
import { oneOf, parseOptions } from "../options.js";
import { PROJECT_OPTIONS, projectsFromOptions } from "../select-projects.js";
import { readFile } from "node:fs/promises";
import path from "node:path";

export const BREAKDOWN_USAGE = "costgate breakdown --path DIR [--format table|json] [--usage-file FILE [--sync-usage-file]] [--var-file FILE]... [--var NAME=VALUE]...";

/** Prices every resource of the project(s) in a directory. */
export async function breakdownCommand(args: string[], io: CliIo): Promise<number> {
  const opts = parseOptions(args, {
    ...PROJECT_OPTIONS,
    format: { type: "string" },
    "usage-file": { type: "string" },
    "sync-usage-file": { type: "boolean" },
  });
  const sync = opts["sync-usage-file"] === true;
  if (sync && !opts["usage-file"]) throw new UsageError("--sync-usage-file needs --usage-file FILE, the file to write");
  const format = oneOf(opts.format, ["table", "json"] as const, "--format", "table");
  const { source, projects } = await projectsFromOptions(opts, io.cwd);
  const deps = await cliEngineDeps(io.env);
  const usageText = opts["usage-file"] ? await readUsageText(opts["usage-file"], io.cwd, sync) : undefined;
  if (usageText !== undefined) deps.usageOverride = parseUsageOption(usageText, opts["usage-file"]!);

  const breakdowns = await Promise.all(projects.map((p) => estimateTreeProject(source.tree, p, deps)));
  if (sync) await syncUsageOption(opts["usage-file"]!, usageText ?? "", breakdowns, io);
  io.stdout(format === "json" ? `${JSON.stringify(breakdownJson(breakdowns), null, 2)}\n` : renderTemplate("breakdown-table", buildBreakdownTable(breakdowns)));
  return failIfErrors(breakdowns);
}

/** The usage file's text; a file that does not exist yet is empty when it is to be synced (created). */
async function readUsageText(file: string, cwd: string, sync: boolean): Promise<string> {
  try {
    return await readFile(path.resolve(cwd, file), "utf8");
  } catch (err) {
    if (sync && (err as NodeJS.ErrnoException).code === "ENOENT") return "";
    throw new UsageError(`--usage-file ${file}: cannot read the file`);
  }
}

function parseUsageOption(text: string, file: string) {
  if (text === "") return EMPTY_USAGE;
  const { usage, diagnostics } = parseUsageFile(text, file);
  if (diagnostics.some((d) => d.severity === "error")) throw new EstimateError(diagnostics.map(formatDiagnostic).join("\n"));
  return usage;
}

/** Writes the usage keys the priced resources read and the file lacks, commented out; says what it added on stderr. */
async function syncUsageOption(file: string, text: string, breakdowns: ProjectBreakdown[], io: CliIo): Promise<void> {
  let synced;
  try {
    synced = syncUsageFile(text, usageTargets(breakdowns.flatMap((b) => b.resources)), file);
  } catch (err) {
    if (err instanceof UsageSyncError) throw new EstimateError(err.message);
    throw err;
  }
  const keys = synced.added.reduce((n, a) => n + a.keys.length, 0);
  if (keys > 0) await atomicWrite(path.resolve(io.cwd, file), synced.text);
  io.stderr(keys > 0 ? `Synced ${file}: added ${keys} usage keys (commented out) for ${synced.added.length} resources\n` : `${file} already lists every usage key of these resources\n`);
}

/** Errors were printed with the breakdown; they still make the run fail (exit 1). */
function failIfErrors(breakdowns: ProjectBreakdown[]): number {
  const errors = breakdowns.flatMap((b) => b.diagnostics.filter((d) => d.severity === "error"));
  if (errors.length === 0) return 0;
  throw new EstimateError(errors.map(formatDiagnostic).join("\n"));
}
