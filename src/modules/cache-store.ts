import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Two tiers: memory for the process, and optionally a directory that survives it. Entries are
 * JSON values under a key, each with the time it was stored so the reader picks the TTL.
 * Objects are immutable text under a content address (sha256, or a git blob SHA). Disk writes
 * are atomic (temp file + rename) and a failing disk never fails a fetch: it is a cache.
 */
export interface CacheStore {
  getEntry<T>(key: string, maxAgeMs: number): Promise<T | undefined>;
  putEntry<T>(key: string, value: T): Promise<void>;
  getObject(id: string): Promise<string | undefined>;
  /**
   * Stores `content` under `options.id`, or under its sha256; returns the id. `memory: false`
   * keeps it on disk only, for callers that hold the parsed form in memory themselves.
   */
  putObject(content: string, options?: { id?: string; memory?: boolean }): Promise<string>;
}

/** Objects kept in memory, in bytes of text; the least recently used go first. */
const MEMORY_OBJECT_BUDGET = 64 * 1024 * 1024;

interface StoredEntry<T> {
  key: string;
  storedAt: number;
  value: T;
}

export function createCacheStore(options: { dir?: string; now?: () => number }): CacheStore {
  const now = options.now ?? Date.now;
  const entries = new Map<string, StoredEntry<unknown>>();
  const objects = new Map<string, string>();
  let objectBytes = 0;
  const dir = options.dir;

  function remember(id: string, content: string): void {
    if (objects.has(id)) objectBytes -= objects.get(id)!.length;
    objects.delete(id);
    objects.set(id, content);
    objectBytes += content.length;
    for (const [oldest, text] of objects) {
      if (objectBytes <= MEMORY_OBJECT_BUDGET) break;
      objects.delete(oldest);
      objectBytes -= text.length;
    }
  }
  const fresh = (e: StoredEntry<unknown>, maxAgeMs: number) => now() - e.storedAt <= maxAgeMs;

  return {
    async getEntry<T>(key: string, maxAgeMs: number) {
      const memory = entries.get(key);
      if (memory && fresh(memory, maxAgeMs)) return memory.value as T;
      if (!dir) return undefined;
      const disk = await readJson<StoredEntry<T>>(entryPath(dir, key));
      if (!disk || disk.key !== key || !fresh(disk, maxAgeMs)) return undefined;
      entries.set(key, disk);
      return disk.value;
    },
    async putEntry(key, value) {
      const entry = { key, storedAt: now(), value };
      entries.set(key, entry);
      if (dir) await writeAtomic(entryPath(dir, key), JSON.stringify(entry));
    },
    async getObject(id) {
      const memory = objects.get(id);
      if (memory !== undefined) return memory;
      if (!dir || !/^[0-9a-f]{40,64}$/.test(id)) return undefined;
      return readText(objectPath(dir, id));
    },
    async putObject(content, { id, memory = true } = {}) {
      const address = id ?? sha256(content);
      if (memory) remember(address, content);
      if (dir) await writeAtomic(objectPath(dir, address), content);
      return address;
    },
  };
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function entryPath(dir: string, key: string): string {
  const hash = sha256(key);
  return path.join(dir, "entries", hash.slice(0, 2), `${hash}.json`);
}

function objectPath(dir: string, id: string): string {
  return path.join(dir, "objects", id.slice(0, 2), id);
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

async function readJson<T>(file: string): Promise<T | undefined> {
  const text = await readText(file);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined; // a torn or foreign file is a miss, and the next write replaces it
  }
}

async function writeAtomic(file: string, content: string): Promise<void> {
  const temp = `${file}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temp, content, "utf8");
    await rename(temp, file);
  } catch {
    // Read-only or full disk: carry on with the memory tier.
  }
}

/**
 * The value cached under `key` if fresh, else `load()`'s result, stored. Concurrent callers with
 * the same key share one load.
 */
export async function cachedOrLoad<T>(
  deps: { store: CacheStore; singleFlight: <U>(key: string, run: () => Promise<U>) => Promise<U> },
  key: string,
  maxAgeMs: number,
  load: () => Promise<T>,
): Promise<T> {
  const cached = await deps.store.getEntry<T>(key, maxAgeMs);
  if (cached !== undefined) return cached;
  return deps.singleFlight(key, async () => {
    const value = await load();
    await deps.store.putEntry(key, value);
    return value;
  });
}
