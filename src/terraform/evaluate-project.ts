import type { SourceTree } from "../source/source-tree.js";
import { loadModules } from "./config/load-modules.js";
import { assignRootVariables, varFilePaths } from "./config/root-variables.js";
import { createSourceFiles, normalizePath } from "./config/source-files.js";
import type { Diagnostic } from "./diagnostic.js";
import type { FunctionTable } from "./eval/context.js";
import { builtinFunctions } from "./functions/index.js";
import { collectInstances, type UnresolvedModule } from "./instances/collect-instances.js";
import { functionContext } from "./instances/function-context.js";
import { createModuleInstance } from "./instances/module-instance.js";
import { defaultProviderRegion } from "./instances/providers.js";
import type { Runtime } from "./instances/runtime.js";
import type { ModuleFetcher } from "./module-source.js";
import type { Project } from "./project.js";
import type { ResourceInstance } from "./resource-instance.js";

export type { UnresolvedModule } from "./instances/collect-instances.js";

export interface EvaluateOptions {
  /** Fetches registry and git modules; without it their resources are reported as unresolved. */
  modules?: ModuleFetcher;
  /** Built-in functions; defaults to Terraform's table in functions/index.ts. */
  functions?: FunctionTable;
}

export interface ProjectEvaluation {
  instances: ResourceInstance[];
  diagnostics: Diagnostic[];
  unresolvedModules: UnresolvedModule[];
}

/** Files read by file()/templatefile() are loaded between passes; a chain deeper than this is cut. */
const MAX_PASSES = 6;

/**
 * Evaluates a Terraform root module the way `terraform plan` would expand it: the resource
 * instances with their configured attributes, regions and source positions. Never throws on
 * the user's configuration: problems are diagnostics and the rest is still evaluated.
 *
 * 1. load the module tree (async: local dirs, remote modules through `options.modules`);
 * 2. load the var files;
 * 3. evaluate synchronously; if functions asked for files not loaded yet, load them and repeat.
 */
export async function evaluateProject(tree: SourceTree, project: Project, options: EvaluateOptions = {}): Promise<ProjectEvaluation> {
  const files = await createSourceFiles(tree);
  const rootDir = normalizePath(project.path);
  const loaded = await loadModules(files, rootDir, options.modules);
  const varPaths = varFilePaths(files, rootDir, project);
  await Promise.all(varPaths.map((f) => files.load(f)));
  const root = loaded.modules.get(rootDir)!;

  for (let pass = 1; ; pass++) {
    const rt: Runtime = {
      loaded,
      files,
      functions: options.functions ?? builtinFunctions,
      diagnostics: [],
      pendingFiles: new Set(),
      rootVariables: new Map(),
      tags: new Map(),
      workspace: project.workspace,
    };
    const varCtx = {
      scope: { vars: {} },
      functions: rt.functions,
      functionContext: functionContext(rt, rootDir),
      diagnostics: rt.diagnostics,
      pendingFiles: rt.pendingFiles,
    };
    const assigned = assignRootVariables({ files, paths: varPaths, project, root, ctx: varCtx });
    rt.rootVariables = assigned.values;
    rt.diagnostics.push(...assigned.diagnostics);
    const module = createModuleInstance(rt, { address: "", dir: rootDir, countUnknown: false, providers: new Map([["aws", defaultProviderRegion]]) });
    const { instances, unresolved } = collectInstances(module);
    if (rt.pendingFiles.size === 0 || pass === MAX_PASSES) {
      return { instances, diagnostics: dedupe([...loaded.diagnostics, ...rt.diagnostics]), unresolvedModules: unresolved };
    }
    await Promise.all([...rt.pendingFiles].map((f) => files.load(f)));
  }
}

/** Counted modules evaluate the same expression per instance: report each problem once. */
function dedupe(diags: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    const key = `${d.range?.file}:${d.range?.start.line}:${d.range?.start.column}:${d.summary}:${d.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
