import type { SourceTree } from "../../source/source-tree.js";
import { collectModuleConfig, literalString } from "../config/module-config.js";
import { parseFileCached } from "../config/parse-file.js";
import { dirName, joinPath, normalizePath } from "../config/source-files.js";
import type { Diagnostic } from "../diagnostic.js";

/** What a directory of `.tf` files is, as far as finding root modules goes. */
export interface DirectoryInfo {
  dir: string;
  /** Declares a provider, a backend or `cloud` block, resources, or module calls. */
  looksLikeRoot: boolean;
  /** Directories it calls as local modules (`./x`, `../x`), normalized. */
  localCalls: string[];
}

/** Directories that hold Terraform nobody runs directly. */
const IGNORED = /(^|\/)(\.terraform|\.git|node_modules)(\/|$)/;

/**
 * Reads every directory with `.tf` files (files are parsed once and memoized) and records
 * its local module calls: the graph that tells root modules from called ones, and which
 * projects a changed file affects.
 */
export async function readModuleGraph(tree: SourceTree): Promise<{ dirs: Map<string, DirectoryInfo>; diagnostics: Diagnostic[] }> {
  const byDir = new Map<string, string[]>();
  for (const file of await tree.list()) {
    if (!file.endsWith(".tf") || IGNORED.test(file)) continue;
    const dir = dirName(file);
    byDir.set(dir, [...(byDir.get(dir) ?? []), file]);
  }
  await tree.prefetch?.([...byDir.values()].flat());
  const diagnostics: Diagnostic[] = [];
  const dirs = new Map<string, DirectoryInfo>();
  await Promise.all(
    [...byDir].map(async ([dir, paths]) => {
      const parsed = await Promise.all(paths.map(async (path) => ({ path, ...parseFileCached(path, await tree.read(path)) })));
      diagnostics.push(...parsed.flatMap((p) => p.diagnostics));
      const config = collectModuleConfig(dir, parsed);
      const hasBackend = parsed.some((p) => p.body.blocks.some((b) => b.type === "terraform" && b.body.blocks.some((inner) => inner.type === "backend" || inner.type === "cloud")));
      const localCalls = [...config.moduleCalls.values()]
        .map((call) => literalString(call.source))
        .filter((source): source is string => source !== undefined && /^\.\.?\//.test(source))
        .map((source) => normalizePath(joinPath(dir, source)));
      dirs.set(dir, {
        dir,
        looksLikeRoot: hasBackend || config.providers.length > 0 || config.resources.size > 0 || config.moduleCalls.size > 0,
        localCalls,
      });
    }),
  );
  return { dirs, diagnostics };
}

/** A directory and every local module it uses, transitively. */
export function moduleClosure(dirs: Map<string, DirectoryInfo>, root: string): Set<string> {
  const seen = new Set<string>();
  const visit = (dir: string) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    for (const called of dirs.get(dir)?.localCalls ?? []) visit(called);
  };
  visit(root);
  return seen;
}
