import type { SourceTree } from "../source/source-tree.js";
import type { TreeEntry } from "./github-api.js";
import { listedTree } from "./memory-tree.js";
import { resolveLink } from "./read-module-archive.js";

/**
 * A tree whose listing is known up front and whose files are fetched on first read, by blob SHA.
 * A symlink is read as the file it points to (one level, inside the repository).
 */
export function lazyBlobTree(label: string, entries: TreeEntry[], readBlob: (sha: string) => Promise<string>): SourceTree {
  const byPath = new Map(entries.map((e) => [e.path, e]));
  return listedTree(label, byPath.keys(), async (path) => {
    const entry = byPath.get(path);
    if (entry === undefined) return undefined;
    if (!entry.symlink) return readBlob(entry.sha);
    const target = byPath.get(resolveLink(path, await readBlob(entry.sha)));
    return target === undefined || target.symlink ? undefined : readBlob(target.sha);
  });
}
