import { gzipSync } from "node:zlib";

/** Builds tar archives byte by byte, to feed the reader shapes real tools produce and ones attackers would. */
export interface EntrySpec {
  name: string;
  /** "0" file, "5" directory, "2" symlink, "x" pax header, "g" pax global header, "L" GNU long name. */
  type?: string;
  data?: string | Buffer;
  linkname?: string;
  /** ustar prefix field (POSIX magic only). */
  prefix?: string;
  /** GNU magic ("ustar  \0"), whose prefix bytes mean something else. */
  gnu?: boolean;
  /** Store the size in GNU base-256 instead of octal. */
  base256Size?: boolean;
  /** Corrupt the header checksum. */
  badChecksum?: boolean;
}

export function header(spec: EntrySpec, size: number): Buffer {
  const h = Buffer.alloc(512);
  h.write(spec.name, 0, 100, "utf8");
  h.write("0000644\0", 100, "latin1");
  h.write("0000000\0", 108, "latin1");
  h.write("0000000\0", 116, "latin1");
  if (spec.base256Size) {
    h[124] = 0x80;
    h.writeUIntBE(size, 136 - 6, 6);
  } else {
    h.write(size.toString(8).padStart(11, "0") + "\0", 124, "latin1");
  }
  h.write("14760000000\0", 136, "latin1");
  h.write(spec.type ?? "0", 156, "latin1");
  if (spec.linkname) h.write(spec.linkname, 157, 100, "utf8");
  h.write(spec.gnu ? "ustar  \0" : "ustar\u000000", 257, "latin1");
  if (spec.prefix && !spec.gnu) h.write(spec.prefix, 345, 155, "utf8");
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  if (spec.badChecksum) sum += 1;
  h.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "latin1");
  return h;
}

export function entry(spec: EntrySpec): Buffer {
  const data = typeof spec.data === "string" ? Buffer.from(spec.data, "utf8") : (spec.data ?? Buffer.alloc(0));
  const padding = Buffer.alloc((512 - (data.length % 512)) % 512);
  return Buffer.concat([header(spec, data.length), data, padding]);
}

/** A pax extended header body: `<len> key=value\n` records, the length counting itself. */
export function paxRecords(records: Record<string, string>): string {
  return Object.entries(records)
    .map(([key, value]) => {
      const body = ` ${key}=${value}\n`;
      let length = Buffer.byteLength(body) + 1;
      while (String(length).length + Buffer.byteLength(body) !== length) length++;
      return `${length}${body}`;
    })
    .join("");
}

export function tar(...entries: Buffer[]): Buffer {
  return Buffer.concat([...entries, Buffer.alloc(1024)]);
}

export function tarGz(...entries: Buffer[]): Buffer {
  return gzipSync(tar(...entries));
}

/** What `git archive` puts first: a pax global header carrying the commit id. */
export function gitCommitHeader(commit: string): Buffer {
  return entry({ name: "pax_global_header", type: "g", data: paxRecords({ comment: commit }) });
}

/** A GitHub-style archive of `files` under one top-level directory. */
export function repoTarGz(top: string, files: Record<string, string>, commit?: string): Buffer {
  const entries = [entry({ name: `${top}/`, type: "5" }), ...Object.entries(files).map(([p, text]) => entry({ name: `${top}/${p}`, data: text }))];
  return tarGz(...(commit ? [gitCommitHeader(commit)] : []), ...entries);
}
