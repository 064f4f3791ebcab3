import { evaluateProject, type EvaluateOptions } from "../../../src/terraform/evaluate-project.js";
import { defaultProject, type Project } from "../../../src/terraform/project.js";
import type { ResourceInstance } from "../../../src/terraform/resource-instance.js";
import { memoryTree } from "../memory-tree.js";
import { fixtureFunctions } from "../test-functions.js";

/** Evaluates an in-memory project with the fixture function table. */
export async function run(files: Record<string, string>, project: Partial<Project> = {}, options: EvaluateOptions = {}) {
  const result = await evaluateProject(memoryTree(files), { ...defaultProject("."), ...project }, { functions: fixtureFunctions, ...options });
  const byAddress = (address: string): ResourceInstance => {
    const found = result.instances.find((i) => i.address === address);
    if (!found) throw new Error(`no instance ${address}; have ${result.instances.map((i) => i.address).join(", ")}`);
    return found;
  };
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  return { ...result, byAddress, errors, addresses: result.instances.map((i) => i.address) };
}
