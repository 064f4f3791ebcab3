import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { FileNotFoundError, type SourceTree } from "./source-tree.js";

/** Directories that never hold the user's Terraform and can be huge. */
const SKIPPED_DIRS = new Set([".git", "node_modules", ".terraform"]);

/** A directory on disk. Lists once, reads on demand. */
export class LocalTree implements SourceTree {
  private listing?: Promise<string[]>;

  constructor(readonly root: string) {}

  get label(): string {
    return this.root;
  }

  list(): Promise<string[]> {
    this.listing ??= walk(this.root, "");
    return this.listing;
  }

  async read(file: string): Promise<string> {
    const full = path.join(this.root, ...file.split("/"));
    try {
      return await readFile(full, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT" || (err as NodeJS.ErrnoException).code === "EISDIR") {
        throw new FileNotFoundError(file, this.root);
      }
      throw err;
    }
  }
}

async function walk(root: string, rel: string): Promise<string[]> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) return SKIPPED_DIRS.has(e.name) ? [] : walk(root, child);
      return e.isFile() ? [child] : [];
    }),
  );
  return nested.flat().sort();
}
