import { refTtl, TTL } from "./cache-policy.js";
import { cachedOrLoad, type CacheStore } from "./cache-store.js";
import { downloadTarball, listTree, readBlob, resolveCommit, type OctokitLike, type TreeEntry } from "./github-api.js";
import { unpackTarball } from "./gunzip-archive.js";
import { lazyBlobTree } from "./lazy-blob-tree.js";
import { isModuleFile, type FileLimits } from "./module-files.js";
import { COMMIT_SHA, snapshotLabel, type ArchiveObjects, type GitHubSnapshots } from "./snapshot.js";

interface Deps {
  octokit: OctokitLike;
  store: CacheStore;
  objects: ArchiveObjects;
  limits: FileLimits;
  singleFlight: <T>(key: string, run: () => Promise<T>) => Promise<T>;
  limitRequests: <T>(run: () => Promise<T>) => Promise<T>;
  limitDownloads: <T>(run: () => Promise<T>) => Promise<T>;
}

/** The tree listing of a commit, or the archive it had to be read from when GitHub truncated it. */
type Listing = { entries: TreeEntry[] } | { archive: string };

/**
 * Snapshots through an authenticated octokit (the GitHub App's installation, so private modules
 * of the organization work): ref -> commit, the commit's tree listing, then blobs read lazily and
 * cached by SHA. Repositories too large for one tree listing fall back to the tarball.
 */
export function apiSnapshots(deps: Deps): GitHubSnapshots {
  const { octokit, store } = deps;

  async function commitOf(owner: string, repo: string, ref: string | undefined): Promise<string> {
    if (ref !== undefined && COMMIT_SHA.test(ref)) return ref;
    return cachedOrLoad(deps, `api-ref:${owner}/${repo}@${ref ?? "HEAD"}`, refTtl(ref), () =>
      deps.limitRequests(() => resolveCommit(octokit, owner, repo, ref)),
    );
  }

  function listingOf(owner: string, repo: string, commit: string): Promise<Listing> {
    return cachedOrLoad(deps, `api-tree:${owner}/${repo}@${commit}`, TTL.immutable, async (): Promise<Listing> => {
      const { entries, truncated } = await deps.limitRequests(() => listTree(octokit, owner, repo, commit));
      if (truncated) return { archive: await archiveOf(owner, repo, commit) };
      return { entries: entries.filter((e) => isModuleFile(e.path, e.size, deps.limits)) };
    });
  }

  async function archiveOf(owner: string, repo: string, commit: string): Promise<string> {
    const gz = await deps.limitDownloads(() => downloadTarball(octokit, owner, repo, commit));
    const archive = await unpackTarball([gz], `${owner}/${repo}@${commit}`, deps.limits);
    return (await deps.objects.put(archive.files, snapshotLabel(owner, repo, commit))).id;
  }

  function blobReader(owner: string, repo: string) {
    return (sha: string) =>
      deps.singleFlight(`blob:${sha}`, async () => {
        const cached = await store.getObject(sha);
        if (cached !== undefined) return cached;
        const text = (await deps.limitRequests(() => readBlob(octokit, owner, repo, sha))).toString("utf8");
        await store.putObject(text, { id: sha });
        return text;
      });
  }

  return {
    async get(owner, repo, ref) {
      const commit = await commitOf(owner, repo, ref);
      const label = snapshotLabel(owner, repo, commit);
      const listing = await listingOf(owner, repo, commit);
      if ("entries" in listing) return { tree: lazyBlobTree(label, listing.entries, blobReader(owner, repo)), commit };
      const tree = (await deps.objects.get(listing.archive, label)) ?? (await deps.objects.get(await archiveOf(owner, repo, commit), label));
      return { tree: tree!, commit };
    },
  };
}
