import { byteReader, type ByteReader } from "./byte-reader.js";

/**
 * A streaming reader for the tar archives GitHub serves (`git archive`: ustar with pax
 * headers), which also understands GNU long names. It never touches the filesystem: the caller
 * decides per entry whether it wants the bytes, everything else is skipped without buffering.
 */
export type TarEntryType = "file" | "directory" | "symlink" | "hardlink" | "other";

export interface TarEntry {
  /** The path as stored in the archive, before any validation. */
  name: string;
  type: TarEntryType;
  size: number;
  /** Target of a symlink or hard link, as stored. */
  linkTarget?: string;
}

export interface TarReadOptions {
  /** Sees every entry; return true to receive a file's bytes in `onFile`. May throw to abort the read. */
  wants(entry: TarEntry): boolean;
  onFile(entry: TarEntry, data: Buffer): void;
  /** Cap on the archive's uncompressed size, so a decompression bomb ends early. */
  maxBytes: number;
}

export interface TarSummary {
  /** The pax global `comment`, where `git archive` records the commit SHA. */
  comment?: string;
}

export class TarFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TarFormatError";
  }
}

const BLOCK = 512;
const TYPES: Record<string, TarEntryType> = { "0": "file", "\0": "file", "7": "file", "5": "directory", "2": "symlink", "1": "hardlink" };

export async function readTar(source: AsyncIterable<Uint8Array>, options: TarReadOptions): Promise<TarSummary> {
  const reader = byteReader(source, (total) => {
    if (total > options.maxBytes) throw new TarFormatError(`archive is larger than ${options.maxBytes} bytes uncompressed`);
  });
  const summary: TarSummary = {};
  let pax: Record<string, string> = {};
  let longName: string | undefined;

  for (;;) {
    const header = await reader.read(BLOCK);
    if (!header || header.every((b) => b === 0)) break;
    verifyChecksum(header);
    const flag = String.fromCharCode(header[156]!);
    const isMeta = flag === "x" || flag === "g" || flag === "L";
    const size = !isMeta && pax.size !== undefined ? paxSize(pax.size) : parseSize(header.subarray(124, 136));
    const padded = Math.ceil(size / BLOCK) * BLOCK;

    if (isMeta) {
      const body = await readBody(reader, size, padded);
      if (flag === "x") pax = parsePax(body);
      else if (flag === "L") longName = cString(body);
      else summary.comment = parsePax(body).comment ?? summary.comment;
      continue;
    }
    const entry: TarEntry = { name: pax.path ?? longName ?? headerName(header), type: TYPES[flag] ?? "other", size };
    if (entry.type === "symlink" || entry.type === "hardlink") entry.linkTarget = pax.linkpath ?? cString(header.subarray(157, 257));
    if (entry.type === "file" && entry.name.endsWith("/")) entry.type = "directory";
    pax = {};
    longName = undefined;

    if (options.wants(entry) && entry.type === "file") options.onFile(entry, await readBody(reader, size, padded));
    else await reader.skip(padded);
  }
  await reader.drain();
  return summary;
}

async function readBody(reader: ByteReader, size: number, padded: number): Promise<Buffer> {
  const body = await reader.read(padded);
  if (!body && padded > 0) throw new TarFormatError("archive ends inside an entry");
  return (body ?? Buffer.alloc(0)).subarray(0, size);
}

/** ustar splits long paths into `prefix` + `name`; GNU tar uses the prefix bytes for other fields. */
function headerName(header: Buffer): string {
  const name = cString(header.subarray(0, 100));
  const isPosixUstar = header.subarray(257, 263).toString("latin1") === "ustar\0";
  const prefix = isPosixUstar ? cString(header.subarray(345, 500)) : "";
  return prefix ? `${prefix}/${name}` : name;
}

function verifyChecksum(header: Buffer): void {
  const stored = parseOctal(header.subarray(148, 156));
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : header[i]!;
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  if (stored !== unsigned && stored !== signed) throw new TarFormatError("not a tar archive (header checksum mismatch)");
}

/** Octal, or GNU base-256 when the high bit of the first byte is set. */
function parseSize(field: Buffer): number {
  if (field[0]! & 0x80) {
    let value = field[0]! & 0x7f;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]!;
    return value;
  }
  return parseOctal(field);
}

function paxSize(value: string): number {
  if (!/^\d{1,15}$/.test(value)) throw new TarFormatError(`malformed pax size "${value.slice(0, 20)}"`);
  return Number(value);
}

function parseOctal(field: Buffer): number {
  const text = field.toString("latin1").replace(/[\0 ]+$/, "").replace(/^[ ]+/, "");
  if (text === "") return 0;
  if (!/^[0-7]+$/.test(text)) throw new TarFormatError(`not a tar archive (bad number "${text}")`);
  return parseInt(text, 8);
}

/** Records are `<length> <key>=<value>\n`, the length counting the whole record in bytes. */
function parsePax(body: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    const length = space === -1 ? NaN : Number(body.subarray(at, space).toString("latin1"));
    if (!Number.isInteger(length) || length <= 0 || at + length > body.length) throw new TarFormatError("malformed pax header");
    const record = body.subarray(space + 1, at + length - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    at += length;
  }
  return out;
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? bytes.length : end).toString("utf8");
}
