import { createHash } from "node:crypto";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { atomicWrite } from "../../shared/atomic-write.js";
import type { PriceRecord, SnapshotSourceInfo } from "../price-record.js";
import { describeSnapshot, type SnapshotDescription } from "./describe-snapshot.js";
import { encodeSnapshot } from "./snapshot-format.js";
import { createSnapshot } from "./snapshot.js";

export interface SnapshotManifest extends SnapshotDescription {
  snapshot: { file: string; bytes: number; sha256: string; format: string; formatVersion: number };
  generator: string;
}

/**
 * Writes `out` (gzipped snapshot) and, beside it, `manifest.json`: sources, licences, data
 * dates, coverage. Both are byte-identical for the same input (no build timestamp), and each
 * is written to a temporary file and renamed so a reader never sees half a file.
 */
export async function writeSnapshot(params: {
  records: readonly PriceRecord[];
  sources: readonly SnapshotSourceInfo[];
  generator: string;
  out: string;
  manifest?: string | false;
}): Promise<SnapshotManifest> {
  const file = encodeSnapshot(params.records, params.sources, params.generator);
  const gz = gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
  const manifest: SnapshotManifest = {
    snapshot: {
      file: path.basename(params.out),
      bytes: gz.length,
      sha256: createHash("sha256").update(gz).digest("hex"),
      format: file.format,
      formatVersion: file.formatVersion,
    },
    generator: params.generator,
    ...describeSnapshot(createSnapshot([{ file, label: path.basename(params.out) }])),
  };
  await mkdir(path.dirname(params.out), { recursive: true });
  await atomicWrite(params.out, gz);
  if (params.manifest !== false) {
    await atomicWrite(params.manifest ?? path.join(path.dirname(params.out), "manifest.json"), `${JSON.stringify(manifest, null, 1)}\n`);
  }
  return manifest;
}
