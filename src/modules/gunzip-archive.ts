import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { fail } from "./errors.js";
import type { FileLimits } from "./module-files.js";
import { readModuleArchive, type ModuleArchive } from "./read-module-archive.js";

/**
 * Gunzips and unpacks a repository tarball as it streams in. A broken, unsafe or oversized
 * archive becomes a `ModuleFetchFailure` naming `label`.
 */
export async function unpackTarball(body: Iterable<Uint8Array> | AsyncIterable<Uint8Array>, label: string, limits: FileLimits): Promise<ModuleArchive> {
  let archive: ModuleArchive | undefined;
  try {
    await pipeline(Readable.from(body), createGunzip(), async (tar: AsyncIterable<Uint8Array>) => {
      archive = await readModuleArchive(tar, limits);
    });
  } catch (err) {
    const name = (err as Error)?.name;
    if (name === "TimeoutError" || name === "AbortError") fail("unreachable", `download of ${label} timed out`, err);
    const message = (err as Error).message;
    fail(/larger than|more than/.test(message) ? "too-large" : "bad-archive", `archive of ${label} is unusable: ${message}`, err);
  }
  return archive!;
}
