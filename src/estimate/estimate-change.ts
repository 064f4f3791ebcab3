import type { SourceTree } from "../source/source-tree.js";
import { formatDiagnostic } from "../terraform/diagnostic.js";
import type { Project } from "../terraform/project.js";
import type { Diff, ProjectBreakdown, ProjectFailure } from "./breakdown-types.js";
import { diffProjects, type ProjectPair } from "./diff.js";
import { estimateTreeProject, type EngineDeps } from "./estimate-tree.js";

export interface ChangeInput {
  /** The base revision, or null when everything is new. */
  base: SourceTree | null;
  head: SourceTree;
  /** Projects to estimate, as configured at each side (paired by name). */
  baseProjects: Project[];
  headProjects: Project[];
  deps: EngineDeps;
}

export interface ChangeEstimate {
  diff: Diff;
  /** Projects that could not be estimated on one side; they are left out of the totals. */
  failures: ProjectFailure[];
  /** Head breakdowns of every estimated project, for full listings (check run text). */
  heads: ProjectBreakdown[];
}

/** At most this many diagnostics are quoted per failed project; the rest are counted. */
const QUOTED_ERRORS = 3;

/**
 * Estimates base and head of each project and diffs them. A project whose configuration has
 * errors on either side is reported as a failure with file and line, not diffed: a partial
 * resource list would show a wrong delta as if it were right.
 */
export async function estimateChange(input: ChangeInput): Promise<ChangeEstimate> {
  const names = [...new Set([...input.headProjects, ...input.baseProjects].map((p) => p.name))].sort();
  const results = await Promise.all(
    names.map(async (name) => {
      const atBase = input.baseProjects.find((p) => p.name === name);
      const atHead = input.headProjects.find((p) => p.name === name);
      const [past, current] = await Promise.all([
        atBase && input.base ? estimateTreeProject(input.base, atBase, input.deps) : null,
        atHead ? estimateTreeProject(input.head, atHead, input.deps) : null,
      ]);
      const failure = failureOf(name, past, "base") ?? failureOf(name, current, "head");
      return { pair: { name, path: (atHead ?? atBase)!.path, past, current } satisfies ProjectPair, failure };
    }),
  );
  return {
    diff: diffProjects(results.filter((r) => !r.failure).map((r) => r.pair)),
    failures: results.flatMap((r) => (r.failure ? [r.failure] : [])),
    heads: results.filter((r) => !r.failure && r.pair.current).map((r) => r.pair.current!),
  };
}

function failureOf(project: string, breakdown: ProjectBreakdown | null, side: "base" | "head"): ProjectFailure | undefined {
  const errors = breakdown?.diagnostics.filter((d) => d.severity === "error") ?? [];
  if (errors.length === 0) return undefined;
  const quoted = errors.slice(0, QUOTED_ERRORS).map(formatDiagnostic).join("; ");
  const more = errors.length > QUOTED_ERRORS ? ` (and ${errors.length - QUOTED_ERRORS} more)` : "";
  return { project, message: `at ${side}: ${quoted}${more}` };
}
