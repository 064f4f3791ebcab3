import type { Project } from "../terraform/project.js";
import type { CostgateConfig } from "./config-schema.js";

/** The configured projects as the project layer takes them; null means "discover them". */
export function projectsFromConfig(config: Pick<CostgateConfig, "projects">): Project[] | null {
  return (
    config.projects?.map((p) => ({
      name: p.name ?? p.path,
      path: p.path,
      varFiles: [...p.var_files],
      vars: {},
      workspace: p.workspace,
      ...(p.usage_file === undefined ? {} : { usageFile: p.usage_file }),
    })) ?? null
  );
}
