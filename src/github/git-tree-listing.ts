import pLimit from "p-limit";
import type { GitHubClient } from "./client.js";
import { callGitHub } from "./github-call.js";

/** A regular file in a git tree. */
export interface GitBlobEntry {
  sha: string;
  size: number;
}

export interface TreeListingParams {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** A commit SHA (or any tree-ish GitHub resolves). */
  treeSha: string;
  /** Counts each tree request, for benchmarks. */
  onRequest?: () => void;
}

interface TreeEntry {
  path?: string;
  mode?: string;
  type?: string;
  sha?: string;
  size?: number;
}

// Regular and executable files. Symlinks (120000) would read as their target path and
// submodules ("commit" entries) have no content here, so neither is listed.
const FILE_MODES = new Set(["100644", "100755"]);
const SUBTREE_LISTINGS_AT_ONCE = 4;

/**
 * Every regular file of a tree, path -> blob, in one recursive request. GitHub truncates a
 * recursive listing past 100,000 entries or 7 MB; then this lists the top level alone and each
 * subdirectory recursively, splitting further only where a subdirectory is itself truncated.
 */
export async function listGitTree(params: TreeListingParams): Promise<Map<string, GitBlobEntry>> {
  const files = new Map<string, GitBlobEntry>();
  const limit = pLimit(SUBTREE_LISTINGS_AT_ONCE);

  async function fetchTree(sha: string, recursive: boolean) {
    params.onRequest?.();
    const { octokit, owner, repo } = params;
    const { data } = await limit(() =>
      callGitHub(() => octokit.rest.git.getTree({ owner, repo, tree_sha: sha, ...(recursive ? { recursive: "1" } : {}) })),
    );
    return data as { truncated: boolean; tree: TreeEntry[] };
  }

  function addFiles(prefix: string, entries: TreeEntry[]): void {
    for (const e of entries) {
      if (e.type === "blob" && e.path && e.sha && FILE_MODES.has(e.mode ?? "")) {
        files.set(prefix + e.path, { sha: e.sha, size: e.size ?? 0 });
      }
    }
  }

  async function walk(prefix: string, sha: string): Promise<void> {
    const whole = await fetchTree(sha, true);
    if (!whole.truncated) return addFiles(prefix, whole.tree);
    const level = await fetchTree(sha, false);
    if (level.truncated) {
      throw new Error(
        `[costgate] ${params.owner}/${params.repo}: directory "${prefix || "/"}" has more entries than GitHub's tree API returns`,
      );
    }
    addFiles(prefix, level.tree);
    const subtrees = level.tree.filter((e) => e.type === "tree" && e.path && e.sha);
    await Promise.all(subtrees.map((e) => walk(`${prefix}${e.path}/`, e.sha!)));
  }

  await walk("", params.treeSha);
  return files;
}
