import { formatDiagnostic } from "../../terraform/diagnostic.js";
import { evaluateProject } from "../../terraform/evaluate-project.js";
import { formatResources } from "../../terraform/format-resources.js";
import { EstimateError, type CliIo } from "../cli-io.js";
import { cliEngineDeps } from "../engine-deps.js";
import { oneOf, parseOptions } from "../options.js";
import { PROJECT_OPTIONS, projectsFromOptions } from "../select-projects.js";

export const RESOURCES_USAGE = "costgate resources --path DIR [--var-file FILE]... [--var NAME=VALUE]... [--format table|json]";

/** The resource instances Costgate evaluates, before any pricing: what `terraform plan` would list. */
export async function resourcesCommand(args: string[], io: CliIo): Promise<number> {
  const opts = parseOptions(args, { ...PROJECT_OPTIONS, format: { type: "string" } });
  const format = oneOf(opts.format, ["table", "json"] as const, "--format", "table");
  const { source, projects } = await projectsFromOptions(opts, io.cwd);
  const { modules } = await cliEngineDeps(io.env);
  const evaluations = await Promise.all(projects.map((p) => evaluateProject(source.tree, p, { modules })));
  io.stdout(formatResources(evaluations.flatMap((e) => e.instances), format));
  for (const e of evaluations) {
    for (const m of e.unresolvedModules) io.stderr(`warning: ${m.file}:${m.line}: ${m.address} not evaluated: ${m.reason}\n`);
  }
  const errors = evaluations.flatMap((e) => e.diagnostics.filter((d) => d.severity === "error"));
  if (errors.length > 0) throw new EstimateError(errors.map(formatDiagnostic).join("\n"));
  return 0;
}
