/** Reads exact byte counts from a stream of chunks, never holding more than one request's bytes. */
export interface ByteReader {
  /** Exactly `n` bytes; undefined at the end of the stream; throws if the stream ends part-way. */
  read(n: number): Promise<Buffer | undefined>;
  /** Discards `n` bytes without keeping them; throws if the stream ends first. */
  skip(n: number): Promise<void>;
  /** Reads to the end, discarding. */
  drain(): Promise<void>;
}

export class TruncatedStreamError extends Error {
  constructor(wanted: number, got: number) {
    super(`stream ended after ${got} of ${wanted} bytes`);
    this.name = "TruncatedStreamError";
  }
}

/** `onBytes` sees the running total of bytes pulled from the source, so callers can cap it. */
export function byteReader(source: AsyncIterable<Uint8Array>, onBytes: (total: number) => void = () => {}): ByteReader {
  const iterator = source[Symbol.asyncIterator]();
  // Chunks are concatenated once per read, not once per chunk: large files arrive in many 16 KiB pieces.
  let chunks: Buffer[] = [];
  let held = 0;
  let total = 0;
  let ended = false;

  async function pull(): Promise<boolean> {
    if (ended) return false;
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    total += chunk.length;
    onBytes(total);
    chunks.push(chunk);
    held += chunk.length;
    return true;
  }

  function take(n: number): Buffer {
    const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, held);
    const rest = all.subarray(n);
    chunks = rest.length > 0 ? [rest] : [];
    held = rest.length;
    return all.subarray(0, n);
  }

  return {
    async read(n) {
      while (held < n) {
        if (!(await pull())) {
          if (held === 0) return undefined;
          throw new TruncatedStreamError(n, held);
        }
      }
      return take(n);
    },
    async skip(n) {
      let left = n;
      for (;;) {
        const dropped = Math.min(left, held);
        take(dropped);
        left -= dropped;
        if (left === 0) return;
        if (!(await pull())) throw new TruncatedStreamError(n, n - left);
      }
    },
    async drain() {
      chunks = [];
      held = 0;
      while (await pull()) {
        chunks = [];
        held = 0;
      }
    },
  };
}
