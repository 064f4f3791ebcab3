import { dirName } from "../terraform/config/source-files.js";
import type { Project } from "../terraform/project.js";
import { discoverProjects } from "../terraform/projects/discover-projects.js";
import type { DirectoryInfo } from "../terraform/projects/module-graph.js";
import type { LocalSource } from "./local-source.js";

export interface SelectedProjects {
  projects: Project[];
  graph: Map<string, DirectoryInfo>;
}

/**
 * The projects a command works on: the directory named when it holds `.tf` files itself
 * (the user asked for it, root module or not), else every root module found below it.
 * Names are paths relative to the directory named, so two checkouts pair up; the directory
 * itself is named `displayName`.
 */
export async function selectProjects(source: LocalSource, extra: Pick<Project, "varFiles" | "vars">, displayName: string): Promise<SelectedProjects> {
  const { tree, prefix } = source;
  const files = await tree.list();
  const discovered = await discoverProjects(tree);
  const under = (p: string) => prefix === "" || p === prefix || p.startsWith(`${prefix}/`);
  const ownTf = files.some((f) => f.endsWith(".tf") && dirName(f) === (prefix || "."));
  const paths = ownTf ? [prefix || "."] : discovered.projects.map((p) => p.path).filter(under);
  const projects = paths.map((path) => ({
    name: nameRelativeTo(prefix, path, displayName),
    path,
    varFiles: extra.varFiles,
    vars: extra.vars,
    workspace: "default",
  }));
  return { projects, graph: discovered.graph };
}

/** Relative to the directory named; that directory itself goes by the name the user typed. */
function nameRelativeTo(prefix: string, path: string, displayName: string): string {
  if (path === prefix || path === ".") return displayName;
  return prefix === "" ? path : path.slice(prefix.length + 1);
}

/** A directory as the user typed it, without "./" or a trailing "/". */
export function displayPath(dir: string): string {
  return dir.replace(/^\.\//, "").replace(/\/+$/, "") || ".";
}
