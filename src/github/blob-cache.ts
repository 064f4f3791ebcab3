import pLimit, { type LimitFunction } from "p-limit";

/**
 * File contents by git blob SHA, shared by every GitHubTree of a process: a blob's SHA is the hash
 * of its content, so a file unchanged between base and head (or between pull requests) is fetched
 * once. Bounded by bytes (least recently used evicted first); concurrent reads of one blob share one
 * request; fetches run under one concurrency limit to stay far below GitHub's secondary limits.
 */
export interface BlobCache {
  /** The cached text, or the result of `load` (run under the limit, at most once at a time per SHA). */
  get(sha: string, load: () => Promise<string>): Promise<string>;
  /** Whether a read of this SHA would cost no request (cached, or already being fetched). */
  has(sha: string): boolean;
  readonly stats: BlobCacheStats;
}

export interface BlobCacheStats {
  hits: number;
  /** Blobs fetched (each is one GitHub request). */
  fetches: number;
  /** Reads that joined a fetch already in flight for the same SHA. */
  joined: number;
  bytes: number;
  entries: number;
  evictions: number;
}

export interface BlobCacheOptions {
  /** Default 64 MiB. A blob larger than this is returned but not kept. */
  maxBytes?: number;
  /** Blob requests in flight at once, default 8 (GitHub's secondary limit is 100 concurrent requests). */
  concurrency?: number;
}

export function createBlobCache(options: BlobCacheOptions = {}): BlobCache {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const limit: LimitFunction = pLimit(options.concurrency ?? 8);
  // Map iteration order is insertion order: re-inserting on a hit keeps the oldest entry first.
  const entries = new Map<string, { text: string; bytes: number }>();
  const inFlight = new Map<string, Promise<string>>();
  const stats: BlobCacheStats = { hits: 0, fetches: 0, joined: 0, bytes: 0, entries: 0, evictions: 0 };

  function remember(sha: string, text: string): void {
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > maxBytes) return;
    entries.set(sha, { text, bytes });
    stats.bytes += bytes;
    for (const [oldest, entry] of entries) {
      if (stats.bytes <= maxBytes) break;
      entries.delete(oldest);
      stats.bytes -= entry.bytes;
      stats.evictions++;
    }
    stats.entries = entries.size;
  }

  return {
    stats,
    has: (sha) => entries.has(sha) || inFlight.has(sha),
    get(sha, load) {
      const cached = entries.get(sha);
      if (cached) {
        entries.delete(sha);
        entries.set(sha, cached);
        stats.hits++;
        return Promise.resolve(cached.text);
      }
      const pending = inFlight.get(sha);
      if (pending) {
        stats.joined++;
        return pending;
      }
      const fetching = limit(async () => {
        stats.fetches++;
        return load();
      })
        .then((text) => {
          remember(sha, text);
          return text;
        })
        .finally(() => inFlight.delete(sha));
      inFlight.set(sha, fetching);
      return fetching;
    },
  };
}
