import picomatch from "picomatch";

export interface ProjectRef {
  name: string;
  path: string;
}

/**
 * Whether a threshold's `projects` globs select a project: a glob may name the project
 * ("prod", "prod-*") or its directory ("envs/prod/**"). "prod/**" also matches "prod" itself.
 * No globs means every project.
 */
export function projectMatcher(globs: readonly string[] | undefined): (project: ProjectRef) => boolean {
  if (!globs) return () => true;
  const matches = picomatch([...globs], { dot: true });
  return (project) => matches(project.name) || matches(project.path);
}
