import { estimateChange } from "../../estimate/estimate-change.js";
import { buildDiffText } from "../../report/diff-text-view.js";
import { renderFittedComment } from "../../report/fit-comment.js";
import { diffJson } from "../../report/json-output.js";
import { renderTemplate } from "../../report/render.js";
import { buildReportView } from "../../report/view-model.js";
import { affectedProjects } from "../../terraform/projects/affected-projects.js";
import { EstimateError, type CliIo } from "../cli-io.js";
import { changedFilesBetween, join } from "../changed-files.js";
import { cliEngineDeps } from "../engine-deps.js";
import { openLocalDirectory, pathInTree, type LocalSource } from "../local-source.js";
import { oneOf, parseOptions, parseVars, required } from "../options.js";
import { displayPath, selectProjects } from "../select-projects.js";

export const DIFF_USAGE = "costgate diff --base DIR --head DIR [--format table|json|markdown] [--var-file FILE]... [--var NAME=VALUE]...";

/**
 * Compares two checkouts (or two copies of one project directory). Only the projects the
 * differences touch are estimated, as on a pull request; `markdown` is the App's comment.
 */
export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const opts = parseOptions(args, {
    base: { type: "string" },
    head: { type: "string" },
    format: { type: "string" },
    "var-file": { type: "string", multiple: true },
    var: { type: "string", multiple: true },
  });
  const format = oneOf(opts.format, ["table", "json", "markdown"] as const, "--format", "table");
  const base = openLocalDirectory(required(opts.base, "--base"), io.cwd, "--base");
  const head = openLocalDirectory(required(opts.head, "--head"), io.cwd, "--head");
  const vars = parseVars(opts.var);
  const varFilesIn = (side: LocalSource) => (opts["var-file"] ?? []).map((f) => pathInTree(side, f, io.cwd, "--var-file"));

  const [changed, atBase, atHead] = await Promise.all([
    changedFilesBetween(base, head),
    selectProjects(base, { varFiles: varFilesIn(base), vars }, displayPath(opts.head!)),
    selectProjects(head, { varFiles: varFilesIn(head), vars }, displayPath(opts.head!)),
  ]);
  const touched = new Set([
    ...affectedProjects(atBase.projects, changed.map((f) => join(base.prefix, f)), atBase.graph).map((p) => p.name),
    ...affectedProjects(atHead.projects, changed.map((f) => join(head.prefix, f)), atHead.graph).map((p) => p.name),
  ]);
  const estimate = await estimateChange({
    base: base.tree,
    head: head.tree,
    baseProjects: atBase.projects.filter((p) => touched.has(p.name)),
    headProjects: atHead.projects.filter((p) => touched.has(p.name)),
    deps: await cliEngineDeps(io.env),
  });
  if (format === "json") io.stdout(`${JSON.stringify(diffJson(estimate.diff), null, 2)}\n`);
  else if (format === "markdown") io.stdout(renderFittedComment(buildReportView({ diff: estimate.diff, failures: estimate.failures })));
  else io.stdout(renderTemplate("diff-table", buildDiffText(estimate.diff, estimate.failures)));
  if (estimate.failures.length > 0) throw new EstimateError(estimate.failures.map((f) => `${f.project}: ${f.message}`).join("\n"));
  return 0;
}
