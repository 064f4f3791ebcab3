import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { assertSnapshotFile, type SnapshotFile } from "./snapshot-format.js";
import { createSnapshot, type Snapshot } from "./snapshot.js";

/** data/prices/ at the repository root; the same relative path from src/ and from lib/. */
export const BUNDLED_SNAPSHOT_PATH = fileURLToPath(new URL("../../../data/prices/snapshot.json.gz", import.meta.url));

/** Parses one snapshot file, gzipped or plain JSON. `file` names it in error messages. */
export function parseSnapshotFile(bytes: Buffer, file: string): SnapshotFile {
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  let data: unknown;
  try {
    data = JSON.parse((gzipped ? gunzipSync(bytes) : bytes).toString("utf8"));
  } catch (err) {
    throw new Error(`[costgate] cannot read price snapshot ${file}: ${(err as Error).message}`, { cause: err });
  }
  assertSnapshotFile(data, file);
  return data;
}

export async function readSnapshotFile(file: string): Promise<SnapshotFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new Error(`[costgate] cannot read price snapshot ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err });
  }
  return parseSnapshotFile(bytes, file);
}

/**
 * The snapshot prices are looked up in: `overlays` (snapshots the user built from offer
 * files, first wins) in front of the bundled one.
 */
export async function loadSnapshot(params: { overlays?: readonly string[]; bundled?: string | false } = {}): Promise<Snapshot> {
  const bundled = params.bundled === false ? [] : [params.bundled ?? BUNDLED_SNAPSHOT_PATH];
  const files = [...(params.overlays ?? []), ...bundled];
  const parsed = await Promise.all(files.map(async (f) => ({ file: await readSnapshotFile(f), label: path.basename(f) })));
  return createSnapshot(parsed);
}

let bundledOnce: Promise<Snapshot> | undefined;

/** The bundled snapshot, read once per process (about 30k records). */
export function loadBundledSnapshot(): Promise<Snapshot> {
  bundledOnce ??= loadSnapshot().catch((err: unknown) => {
    bundledOnce = undefined;
    throw err;
  });
  return bundledOnce;
}
