import { dirName } from "../terraform/config/source-files.js";
import type { Project } from "../terraform/project.js";
import { discoverProjects } from "../terraform/projects/discover-projects.js";
import type { DirectoryInfo } from "../terraform/projects/module-graph.js";
import { UsageError } from "./cli-io.js";
import { openLocalDirectory, pathInTree, type LocalSource } from "./local-source.js";
import { parseVars, required } from "./options.js";

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

/** The options every command that reads one directory takes. */
export const PROJECT_OPTIONS = {
  path: { type: "string" },
  "var-file": { type: "string", multiple: true },
  var: { type: "string", multiple: true },
} as const;

/** `--path DIR [--var-file F]... [--var k=v]...` -> the directory's tree and its projects. */
export async function projectsFromOptions(
  opts: { path?: string; "var-file"?: string[]; var?: string[] },
  cwd: string,
): Promise<{ source: LocalSource; projects: Project[] }> {
  const source = openLocalDirectory(required(opts.path, "--path"), cwd, "--path");
  const varFiles = (opts["var-file"] ?? []).map((f) => pathInTree(source, f, cwd, "--var-file"));
  const { projects } = await selectProjects(source, { varFiles, vars: parseVars(opts.var) }, displayPath(opts.path!));
  if (projects.length === 0) throw new UsageError(`--path ${opts.path}: no Terraform root module found`);
  return { source, projects };
}
