import { FileNotFoundError, type SourceTree } from "../../src/source/source-tree.js";

/** A SourceTree over an in-memory map of path -> text, counting reads. */
export function memoryTree(files: Record<string, string>, label = "memory"): SourceTree & { reads: string[] } {
  const reads: string[] = [];
  return {
    label,
    reads,
    list: async () => Object.keys(files).sort(),
    read: async (path: string) => {
      reads.push(path);
      if (!(path in files)) throw new FileNotFoundError(path, label);
      return files[path];
    },
  };
}
