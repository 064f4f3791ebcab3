import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** A fresh temporary directory per test, removed afterwards; call the result for its path. */
export function useTempDir(prefix: string): () => string {
  let dir = "";
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), `costgate-${prefix}-`));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  return () => dir;
}
