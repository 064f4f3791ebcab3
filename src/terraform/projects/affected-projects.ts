import type { Project } from "../project.js";
import { moduleClosure, type DirectoryInfo } from "./module-graph.js";

/** Files that never change what Terraform creates. */
const IRRELEVANT = /\.(md|markdown|txt|rst|adoc|png|jpe?g|gif|svg)$|(^|\/)(LICENSE|CODEOWNERS|\.gitignore|\.editorconfig)$/i;

/**
 * The projects a set of changed files can change the cost of: a file in the project's
 * directory or in a local module it uses (at any depth), one of its var files, or its usage
 * file. Any file but documentation counts: templates and JSON read by `file()` live beside
 * the code. A project at the repository root owns the files no other project owns.
 */
export function affectedProjects(projects: Project[], changedFiles: string[], graph: Map<string, DirectoryInfo>): Project[] {
  const relevant = changedFiles.filter(mayAffectCost);
  const otherRoots = projects.map((p) => p.path).filter((p) => p !== ".");
  return projects.filter((project) => {
    const dirs = [...moduleClosure(graph, project.path)];
    const ownFiles = new Set([...project.varFiles, ...(project.usageFile ? [project.usageFile] : [])]);
    return relevant.some((file) => ownFiles.has(file) || dirs.some((dir) => isInside(file, dir, otherRoots)));
  });
}

function isInside(file: string, dir: string, otherRoots: string[]): boolean {
  if (dir === ".") return !otherRoots.some((root) => file.startsWith(`${root}/`));
  return file.startsWith(`${dir}/`);
}

/** Documentation and repository settings never change what Terraform creates. */
export function mayAffectCost(file: string): boolean {
  return !IRRELEVANT.test(file) && !file.startsWith(".github/");
}
