import { refTtl, TTL } from "./cache-policy.js";
import type { CacheStore } from "./cache-store.js";
import { downloadGitHubArchive } from "./github-archive-source.js";
import type { FetchLike } from "./http.js";
import type { FileLimits } from "./module-files.js";
import { COMMIT_SHA, snapshotLabel, type ArchiveObjects, type GitHubSnapshots } from "./snapshot.js";

interface Deps {
  fetch: FetchLike;
  token?: string;
  store: CacheStore;
  objects: ArchiveObjects;
  limits: FileLimits;
  singleFlight: <T>(key: string, run: () => Promise<T>) => Promise<T>;
  limitDownloads: <T>(run: () => Promise<T>) => Promise<T>;
}

interface ArchiveRecord {
  object: string;
  commit?: string;
}

/**
 * Snapshots from whole-repository tarballs (the CLI's way). The ref -> archive record expires
 * by `refTtl`; the commit the tarball names is recorded too, so a later request by SHA is a hit.
 */
export function archiveSnapshots(deps: Deps): GitHubSnapshots {
  return {
    async get(owner, repo, ref) {
      const slug = `${owner}/${repo}`;
      const bySha = ref !== undefined && COMMIT_SHA.test(ref);
      const key = bySha ? `archive-commit:${slug}@${ref}` : `archive-ref:${slug}@${ref ?? "HEAD"}`;
      const record = await deps.store.getEntry<ArchiveRecord>(key, bySha ? TTL.immutable : refTtl(ref));
      if (record) {
        const tree = await deps.objects.get(record.object, snapshotLabel(owner, repo, record.commit ?? ref));
        if (tree) return { tree, commit: record.commit };
      }
      return deps.singleFlight(`archive:${key}`, () =>
        deps.limitDownloads(async () => {
          const archive = await downloadGitHubArchive({ fetch: deps.fetch, token: deps.token, owner, repo, ref, limits: deps.limits });
          const commit = archive.commit ?? (bySha ? ref : undefined);
          const { id, tree } = await deps.objects.put(archive.files, snapshotLabel(owner, repo, commit ?? ref));
          await deps.store.putEntry<ArchiveRecord>(key, { object: id, commit });
          if (commit && !bySha) await deps.store.putEntry<ArchiveRecord>(`archive-commit:${slug}@${commit}`, { object: id, commit });
          return { tree, commit };
        }),
      );
    },
  };
}
