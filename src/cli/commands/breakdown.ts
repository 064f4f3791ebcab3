import type { ProjectBreakdown } from "../../estimate/breakdown-types.js";
import { estimateTreeProject } from "../../estimate/estimate-tree.js";
import { parseUsageFile } from "../../estimate/usage-file.js";
import { buildBreakdownTable } from "../../report/breakdown-view.js";
import { breakdownJson } from "../../report/json-output.js";
import { renderTemplate } from "../../report/render.js";
import { formatDiagnostic } from "../../terraform/diagnostic.js";
import { EstimateError, UsageError, type CliIo } from "../cli-io.js";
import { cliEngineDeps } from "../engine-deps.js";
import { openLocalDirectory, pathInTree } from "../local-source.js";
import { oneOf, parseOptions, parseVars, required } from "../options.js";
import { displayPath, selectProjects } from "../select-projects.js";
import { readFile } from "node:fs/promises";
import path from "node:path";

export const BREAKDOWN_USAGE = "costgate breakdown --path DIR [--format table|json] [--usage-file FILE] [--var-file FILE]... [--var NAME=VALUE]...";

/** Prices every resource of the project(s) in a directory. */
export async function breakdownCommand(args: string[], io: CliIo): Promise<number> {
  const opts = parseOptions(args, {
    path: { type: "string" },
    format: { type: "string" },
    "usage-file": { type: "string" },
    "var-file": { type: "string", multiple: true },
    var: { type: "string", multiple: true },
  });
  const format = oneOf(opts.format, ["table", "json"] as const, "--format", "table");
  const source = openLocalDirectory(required(opts.path, "--path"), io.cwd, "--path");
  const varFiles = (opts["var-file"] ?? []).map((f) => pathInTree(source, f, io.cwd, "--var-file"));
  const { projects } = await selectProjects(source, { varFiles, vars: parseVars(opts.var) }, displayPath(opts.path!));
  if (projects.length === 0) throw new UsageError(`--path ${opts.path}: no Terraform root module found`);
  const deps = await cliEngineDeps(io.env);
  if (opts["usage-file"]) deps.usageOverride = await readUsageOption(opts["usage-file"], io.cwd);

  const breakdowns = await Promise.all(projects.map((p) => estimateTreeProject(source.tree, p, deps)));
  io.stdout(format === "json" ? `${JSON.stringify(breakdownJson(breakdowns), null, 2)}\n` : renderTemplate("breakdown-table", buildBreakdownTable(breakdowns)));
  return failIfErrors(breakdowns);
}

async function readUsageOption(file: string, cwd: string) {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), "utf8");
  } catch {
    throw new UsageError(`--usage-file ${file}: cannot read the file`);
  }
  const { usage, diagnostics } = parseUsageFile(text, file);
  if (diagnostics.some((d) => d.severity === "error")) throw new EstimateError(diagnostics.map(formatDiagnostic).join("\n"));
  return usage;
}

/** Errors were printed with the breakdown; they still make the run fail (exit 1). */
function failIfErrors(breakdowns: ProjectBreakdown[]): number {
  const errors = breakdowns.flatMap((b) => b.diagnostics.filter((d) => d.severity === "error"));
  if (errors.length === 0) return 0;
  throw new EstimateError(errors.map(formatDiagnostic).join("\n"));
}
