import type { SourceTree } from "../source/source-tree.js";
import { FileNotFoundError } from "../source/source-tree.js";
import type { Diagnostic } from "../terraform/diagnostic.js";
import { evaluateProject } from "../terraform/evaluate-project.js";
import type { ModuleFetcher } from "../terraform/module-source.js";
import type { Project } from "../terraform/project.js";
import type { ProjectBreakdown } from "./breakdown-types.js";
import { estimateProject, type PriceLookup } from "./estimate-project.js";
import { EMPTY_USAGE, parseUsageFile, type UsageFile } from "./usage-file.js";

/** What every door into the engine (App, CLI, demo) provides. */
export interface EngineDeps {
  prices: PriceLookup;
  modules?: ModuleFetcher;
  /** A usage file given on the command line, overriding the project's own. */
  usageOverride?: UsageFile;
}

/**
 * Evaluates and prices one project as it is in `tree`. Problems in the configuration are in
 * the breakdown's diagnostics (errors mean the resource list may be incomplete); only a
 * failure of the machinery itself (price source unreachable) rejects.
 */
export async function estimateTreeProject(tree: SourceTree, project: Project, deps: EngineDeps): Promise<ProjectBreakdown> {
  const [evaluation, usage] = await Promise.all([
    evaluateProject(tree, project, { modules: deps.modules }),
    deps.usageOverride ? { usage: deps.usageOverride, diagnostics: [] } : readUsageFile(tree, project.usageFile),
  ]);
  return estimateProject({
    project,
    instances: evaluation.instances,
    unresolvedModules: evaluation.unresolvedModules,
    usage: usage.usage,
    diagnostics: [...evaluation.diagnostics, ...usage.diagnostics],
    prices: deps.prices,
  });
}

async function readUsageFile(tree: SourceTree, path: string | undefined): Promise<{ usage: UsageFile; diagnostics: Diagnostic[] }> {
  if (!path) return { usage: EMPTY_USAGE, diagnostics: [] };
  try {
    return parseUsageFile(await tree.read(path), path);
  } catch (err) {
    if (!(err instanceof FileNotFoundError)) throw err;
    const at = { line: 1, column: 1 };
    return { usage: EMPTY_USAGE, diagnostics: [{ severity: "error", summary: "Usage file not found", detail: `${path} does not exist in ${tree.label}`, range: { file: path, start: at, end: at } }] };
  }
}
