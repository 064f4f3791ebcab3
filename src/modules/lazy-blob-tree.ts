import { FileNotFoundError, type SourceTree } from "../source/source-tree.js";
import type { TreeEntry } from "./github-api.js";
import { resolveLink } from "./read-module-archive.js";

/**
 * A tree whose listing is known up front and whose files are fetched on first read, by blob SHA.
 * A symlink is read as the file it points to (one level, inside the repository).
 */
export function lazyBlobTree(label: string, entries: TreeEntry[], readBlob: (sha: string) => Promise<string>): SourceTree {
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const listing = [...byPath.keys()].sort();
  return {
    label,
    list: async () => listing,
    read: async (path) => {
      const entry = byPath.get(path);
      if (entry === undefined) throw new FileNotFoundError(path, label);
      if (!entry.symlink) return readBlob(entry.sha);
      const target = byPath.get(resolveLink(path, await readBlob(entry.sha)));
      if (target === undefined || target.symlink) throw new FileNotFoundError(path, label);
      return readBlob(target.sha);
    },
  };
}
