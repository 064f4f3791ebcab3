import os from "node:os";
import path from "node:path";

/** `$COSTGATE_CACHE_DIR/modules`, else `$XDG_CACHE_HOME/costgate/modules`, else `~/.cache/costgate/modules`. */
export function defaultModuleCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.COSTGATE_CACHE_DIR) return path.join(env.COSTGATE_CACHE_DIR, "modules");
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(base, "costgate", "modules");
}
