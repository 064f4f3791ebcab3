import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main.js";

export const REPO = path.resolve(import.meta.dirname, "../..");

/** Runs the CLI as a user would from the repository root, offline, on the bundled snapshot. */
export async function costgate(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: REPO,
    env: { COSTGATE_PRICING: "snapshot", COSTGATE_CACHE_DIR: mkdtempSync(path.join(os.tmpdir(), "costgate-cli-")) },
  });
  return { code, stdout, stderr };
}
