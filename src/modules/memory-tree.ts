import { FileNotFoundError, type SourceTree } from "../source/source-tree.js";

/** Files held in memory, e.g. unpacked from an archive. */
export function memoryTree(label: string, files: ReadonlyMap<string, string>): SourceTree {
  const listing = [...files.keys()].sort();
  return {
    label,
    list: async () => listing,
    read: async (path) => {
      const text = files.get(path);
      if (text === undefined) throw new FileNotFoundError(path, label);
      return text;
    },
  };
}
