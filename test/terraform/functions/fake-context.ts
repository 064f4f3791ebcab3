import { FileNotLoaded, type FunctionContext } from "../../../src/terraform/functions/function-types.js";
import type { Value } from "../../../src/terraform/value.js";

/**
 * A FunctionContext over an in-memory source tree. `notLoaded` lists files that exist but must
 * be loaded first (readFile throws FileNotLoaded for them, as the evaluator's context does).
 * Templates render `${name}` from the variables, enough to see what templatefile passes on.
 */
export function fakeContext(
  files: Record<string, string>,
  options: { moduleDir?: string; rootDir?: string; notLoaded?: string[] } = {},
): FunctionContext & { rendered: { source: string; vars: Record<string, Value>; file: string }[] } {
  const rendered: { source: string; vars: Record<string, Value>; file: string }[] = [];
  return {
    moduleDir: options.moduleDir ?? "",
    rootDir: options.rootDir ?? "",
    rendered,
    readFile(path) {
      if (options.notLoaded?.includes(path)) throw new FileNotLoaded(path);
      return files[path];
    },
    listFiles(dir) {
      const prefix = dir === "" ? "" : `${dir}/`;
      return Object.keys(files).filter((f) => f.startsWith(prefix));
    },
    renderTemplate(source, vars, file) {
      rendered.push({ source, vars, file });
      return source.replace(/\$\{(\w+)\}/g, (_, name: string) => String(vars[name]));
    },
  };
}
