import type { SourceTree } from "../../source/source-tree.js";
import type { Diagnostic } from "../diagnostic.js";
import { defaultProject, type Project } from "../project.js";
import { readModuleGraph, type DirectoryInfo } from "./module-graph.js";

/** A project listed in `.github/costgate.yml`. */
export interface ConfiguredProject {
  path: string;
  name?: string;
  var_files?: string[];
  workspace?: string;
  usage_file?: string;
}

export interface DiscoveredProjects {
  projects: Project[];
  /** Local module directories of every directory, for mapping changed files to projects. */
  graph: Map<string, DirectoryInfo>;
  diagnostics: Diagnostic[];
}

/**
 * The Terraform root modules of a repository: directories with a provider, backend,
 * resources or module calls that no other directory calls as a local module. When the
 * configuration lists projects, those are the projects (several may share a path with
 * different var files); var and usage files are relative to the repository root.
 */
export async function discoverProjects(tree: SourceTree, configured?: ConfiguredProject[]): Promise<DiscoveredProjects> {
  const { dirs, diagnostics } = await readModuleGraph(tree);
  if (configured && configured.length > 0) {
    return { projects: configured.map(fromConfig), graph: dirs, diagnostics };
  }
  const called = new Set([...dirs.values()].flatMap((d) => d.localCalls));
  const roots = [...dirs.values()].filter((d) => d.looksLikeRoot && !called.has(d.dir)).map((d) => d.dir);
  return { projects: roots.sort().map((dir) => defaultProject(dir)), graph: dirs, diagnostics };
}

function fromConfig(entry: ConfiguredProject): Project {
  const path = entry.path.replace(/^\.\/|\/$/g, "") || ".";
  return {
    name: entry.name ?? path,
    path,
    varFiles: entry.var_files ?? [],
    vars: {},
    workspace: entry.workspace ?? "default",
    usageFile: entry.usage_file,
  };
}
