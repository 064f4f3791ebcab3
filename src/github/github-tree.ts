import { FileNotFoundError, type SourceTree } from "../source/source-tree.js";
import { createBlobCache, type BlobCache } from "./blob-cache.js";
import type { GitHubClient } from "./client.js";
import { listGitTree, type GitBlobEntry } from "./git-tree-listing.js";
import { BLOBS_PER_QUERY, fetchBlobTexts } from "./blob-batch.js";
import { callGitHub } from "./github-call.js";

export interface GitHubTreeParams {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** The commit to read. */
  sha: string;
  /** Shared between trees so unchanged files are fetched once; defaults to one cache per process. */
  blobs?: BlobCache;
}

/** GitHub requests one tree made (cache hits and shared in-flight reads cost none). */
export interface GitHubTreeRequests {
  trees: number;
  blobs: number;
  /** Batched GraphQL queries made by `prefetch`. */
  batches: number;
}

export interface GitHubTree extends SourceTree {
  readonly requests: GitHubTreeRequests;
}

let processBlobCache: BlobCache | undefined;

/** The cache trees use when none is given. */
export function defaultBlobCache(): BlobCache {
  processBlobCache ??= createBlobCache();
  return processBlobCache;
}

/**
 * One commit of a repository as a SourceTree: the file list comes from one recursive tree
 * request (made on first use), and a file's content is fetched only when it is read.
 */
export function createGitHubTree(params: GitHubTreeParams): GitHubTree {
  const { octokit, owner, repo, sha } = params;
  const blobs = params.blobs ?? defaultBlobCache();
  const requests: GitHubTreeRequests = { trees: 0, blobs: 0, batches: 0 };
  const label = `${owner}/${repo}@${sha}`;
  let listing: Promise<Map<string, GitBlobEntry>> | undefined;

  function files(): Promise<Map<string, GitBlobEntry>> {
    if (!listing) {
      const attempt = listGitTree({ octokit, owner, repo, treeSha: sha, onRequest: () => requests.trees++ });
      listing = attempt;
      // A failed listing is not remembered, so a later call tries again.
      attempt.catch(() => listing === attempt && (listing = undefined));
    }
    return listing;
  }

  async function fetchBlob(blobSha: string): Promise<string> {
    requests.blobs++;
    const { data } = await callGitHub(() => octokit.rest.git.getBlob({ owner, repo, file_sha: blobSha }));
    return Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8").toString("utf8");
  }

  return {
    label,
    requests,
    async list() {
      return [...(await files()).keys()].sort();
    },
    async read(path) {
      const entry = (await files()).get(path);
      if (!entry) throw new FileNotFoundError(path, label);
      return blobs.get(entry.sha, () => fetchBlob(entry.sha));
    },
    // Many small files (every .tf of a monorepo) cost a few GraphQL queries instead of a request each.
    // The batch goes through the cache as each blob's fetch, so a concurrent read (or another
    // tree's prefetch) of the same blob joins it; a blob the batch could not give falls back to REST.
    async prefetch(paths) {
      const listed = await files();
      const missing = [...new Set(paths.map((p) => listed.get(p)?.sha).filter((s): s is string => s !== undefined && !blobs.has(s)))];
      if (missing.length < 2) return;
      requests.batches += Math.ceil(missing.length / BLOBS_PER_QUERY);
      const batch = fetchBlobTexts(octokit, { owner, repo, shas: missing }).catch(() => new Map<string, string>());
      await Promise.allSettled(missing.map((blobSha) => blobs.get(blobSha, async () => (await batch).get(blobSha) ?? fetchBlob(blobSha))));
    },
  };
}
