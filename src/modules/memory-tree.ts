import { FileNotFoundError, type SourceTree } from "../source/source-tree.js";

/** A tree with a known listing; `load` returns undefined for a path it cannot read as a file. */
export function listedTree(label: string, paths: Iterable<string>, load: (path: string) => Promise<string | undefined>): SourceTree {
  const listing = [...paths].sort();
  return {
    label,
    list: async () => listing,
    read: async (path) => {
      const text = await load(path);
      if (text === undefined) throw new FileNotFoundError(path, label);
      return text;
    },
  };
}

/** Files held in memory, e.g. unpacked from an archive. */
export function memoryTree(label: string, files: ReadonlyMap<string, string>): SourceTree {
  return listedTree(label, files.keys(), async (path) => files.get(path));
}
