import type { Diagnostic } from "../diagnostic.js";
import type { ModuleFetcher } from "../module-source.js";
import { collectModuleConfig, literalString, type ModuleCallConfig, type ModuleConfig, type ParsedFile } from "./module-config.js";
import { explainParseFailure, parseFileCached } from "./parse-file.js";
import { dirName, joinPath, type SourceFiles } from "./source-files.js";

/** Where a module call's code is, or why it could not be had. */
export type CallTarget = { dir: string } | { error: string; source: string };

export interface LoadedConfig {
  rootDir: string;
  /** Module configurations by directory (source-root relative). */
  modules: Map<string, ModuleConfig>;
  /** Keyed `callKey(parentDir, callName)`. */
  calls: Map<string, CallTarget>;
  diagnostics: Diagnostic[];
}

export const callKey = (dir: string, name: string) => `${dir}\u0000${name}`;

const isLocalSource = (s: string) => s.startsWith("./") || s.startsWith("../");

/**
 * Loads the root module and every module it calls, to any depth (async: files may be
 * remote). Local sources resolve against the calling module's directory; registry and git
 * sources go through the fetcher and are mounted under `.terraform/modules/<path>`.
 */
export async function loadModules(files: SourceFiles, rootDir: string, fetcher?: ModuleFetcher): Promise<LoadedConfig> {
  const loaded: LoadedConfig = { rootDir, modules: new Map(), calls: new Map(), diagnostics: [] };
  const remoteDirs = new Map<string, Promise<CallTarget>>();

  const loadDir = async (dir: string, modulePath: string[]): Promise<void> => {
    if (loaded.modules.has(dir)) return;
    const placeholder = collectModuleConfig(dir, []);
    loaded.modules.set(dir, placeholder);
    const tfFiles = files.list(dir).filter((f) => dirName(f) === dir && f.endsWith(".tf"));
    const parsed: ParsedFile[] = [];
    for (const path of tfFiles) {
      const src = (await files.load(path)) ?? "";
      const { body, diagnostics } = parseFileCached(path, src);
      const errors = diagnostics.filter((d) => d.severity === "error");
      loaded.diagnostics.push(...(errors.length ? await explainParseFailure(path, src, diagnostics) : diagnostics));
      parsed.push({ path, body });
    }
    const config = collectModuleConfig(dir, parsed);
    loaded.modules.set(dir, config);
    loaded.diagnostics.push(...config.diagnostics);
    await Promise.all([...config.moduleCalls.values()].map((call) => resolveCall(dir, call, [...modulePath, call.name])));
  };

  const resolveCall = async (dir: string, call: ModuleCallConfig, modulePath: string[]): Promise<void> => {
    const source = literalString(call.source);
    const key = callKey(dir, call.name);
    if (source === undefined) {
      loaded.diagnostics.push({ severity: "error", summary: "Invalid module source", detail: `The source of module "${call.name}" must be a literal string.`, range: call.source.range });
      loaded.calls.set(key, { error: "its source is not a literal string", source: "" });
      return;
    }
    let target: CallTarget;
    if (isLocalSource(source)) {
      const child = joinPath(dir, source);
      target = files.list(child).some((f) => dirName(f) === child && f.endsWith(".tf"))
        ? { dir: child }
        : { error: `no Terraform files in ${child}`, source };
      if ("error" in target) loaded.diagnostics.push({ severity: "error", summary: "Unreadable module directory", detail: `Module "${call.name}" points at ${source}, but ${child} has no .tf files.`, range: call.source.range });
    } else {
      const version = literalString(call.version);
      const memo = `${source}@${version ?? ""}`;
      if (!remoteDirs.has(memo)) remoteDirs.set(memo, fetchRemote(source, version, joinPath(loaded.rootDir, ".terraform/modules", modulePath.join("."))));
      // A failure is reported per module instance address when instances are collected.
      target = await remoteDirs.get(memo)!;
    }
    loaded.calls.set(key, target);
    if ("dir" in target) await loadDir(target.dir, modulePath);
  };

  const fetchRemote = async (source: string, version: string | undefined, mountAt: string): Promise<CallTarget> => {
    if (!fetcher) return { error: "remote modules are not fetched in this run", source };
    try {
      const fetched = await fetcher.fetch({ source, version });
      await files.mount(mountAt, fetched.tree);
      return { dir: joinPath(mountAt, fetched.dir) };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err), source };
    }
  };

  await loadDir(rootDir, []);
  return loaded;
}
