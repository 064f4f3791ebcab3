import type { SourceTree } from "../source/source-tree.js";
import type { CacheStore } from "./cache-store.js";
import { memoryTree } from "./memory-tree.js";

/** A repository's module files at one ref, and the commit the ref resolved to when known. */
export interface RepositorySnapshot {
  tree: SourceTree;
  commit?: string;
}

/** Gets repository snapshots from GitHub, caching as it sees fit. */
export interface GitHubSnapshots {
  get(owner: string, repo: string, ref: string | undefined): Promise<RepositorySnapshot>;
}

export const COMMIT_SHA = /^[0-9a-f]{40}$/;

export function snapshotLabel(owner: string, repo: string, commitOrRef: string | undefined): string {
  return `github.com/${owner}/${repo}@${commitOrRef ?? "HEAD"}`;
}

/**
 * Unpacked archives stored as one content-addressed object (sorted `[path, text]` pairs), and
 * the trees built from them kept in memory, the most recently stored few.
 */
export function createArchiveObjects(store: CacheStore, keepInMemory = 32) {
  const trees = new Map<string, SourceTree>();

  function remember(id: string, tree: SourceTree): SourceTree {
    trees.delete(id);
    trees.set(id, tree);
    if (trees.size > keepInMemory) trees.delete(trees.keys().next().value!);
    return tree;
  }

  return {
    async put(files: Map<string, string>, label: string): Promise<{ id: string; tree: SourceTree }> {
      const pairs = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const id = await store.putObject(JSON.stringify(pairs), { memory: false });
      return { id, tree: remember(id, memoryTree(label, files)) };
    },
    async get(id: string, label: string): Promise<SourceTree | undefined> {
      const memo = trees.get(id);
      if (memo) return memo;
      const text = await store.getObject(id);
      if (text === undefined) return undefined;
      try {
        return remember(id, memoryTree(label, new Map(JSON.parse(text) as [string, string][])));
      } catch {
        return undefined;
      }
    },
  };
}

export type ArchiveObjects = ReturnType<typeof createArchiveObjects>;
