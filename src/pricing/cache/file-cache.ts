import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { atomicWrite } from "../../shared/atomic-write.js";
import type { Price } from "../price.js";
import type { PricingLogger } from "../pricing-logger.js";
import { priceFromJson, priceToJson } from "./price-json.js";

export const WEEK_MS = 7 * 24 * 3600 * 1000;
/** Bumped when the entry format changes, so old entries are simply not found. */
const LAYOUT = "prices-v1";

/** What the live source answered for a query key: a price, or that it has none. */
export type CachedAnswer = { price: Price } | { notFound: string };

export interface PriceCache {
  get(key: string): Promise<CachedAnswer | undefined>;
  set(key: string, answer: CachedAnswer): Promise<void>;
  readonly dir: string;
}

/** `COSTGATE_CACHE_DIR`, else `$XDG_CACHE_HOME/costgate`, else `~/.cache/costgate`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.COSTGATE_CACHE_DIR) return env.COSTGATE_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(base, "costgate");
}

/**
 * One JSON file per query key (named by its SHA-256), valid for `ttlMs` after it was stored.
 * Entries are written atomically; one that cannot be read, belongs to another key or has
 * expired counts as absent, so a damaged cache costs a request, never a wrong price.
 */
export function createFileCache(params: { dir: string; ttlMs?: number; now?: () => number; log?: PricingLogger }): PriceCache {
  const dir = path.join(params.dir, LAYOUT);
  const ttl = params.ttlMs ?? WEEK_MS;
  const now = params.now ?? Date.now;
  const fileFor = (key: string) => path.join(dir, `${createHash("sha256").update(key).digest("hex")}.json`);
  let made: Promise<unknown> | undefined;

  return {
    dir,
    async get(key) {
      let text: string;
      try {
        text = await readFile(fileFor(key), "utf8");
      } catch {
        return undefined;
      }
      try {
        const entry = JSON.parse(text) as { key?: string; storedAt?: number; price?: unknown; notFound?: unknown };
        if (entry.key !== key || typeof entry.storedAt !== "number") throw new Error("entry for another key");
        if (now() - entry.storedAt > ttl) return undefined;
        if (typeof entry.notFound === "string") return { notFound: entry.notFound };
        return { price: priceFromJson(entry.price) };
      } catch (err) {
        params.log?.debug({ file: fileFor(key), err: (err as Error).message }, "ignoring unreadable price cache entry");
        return undefined;
      }
    },
    async set(key, answer) {
      made ??= mkdir(dir, { recursive: true });
      await made;
      const entry = { key, storedAt: now(), ...("price" in answer ? { price: priceToJson(answer.price) } : { notFound: answer.notFound }) };
      await atomicWrite(fileFor(key), JSON.stringify(entry));
    },
  };
}
