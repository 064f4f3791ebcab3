import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

export const OFFER_BASE_URL = "https://pricing.us-east-1.amazonaws.com";

/**
 * Where one service's offer file for one region lives: AWS's public bulk URL
 * (`/offers/v1.0/aws/{ServiceCode}/current/{region}/index.json`), or the same path under a
 * local directory (a mirror, or test fixtures). "global" is the whole-service file.
 */
export function offerFileLocation(input: string, service: string, region: string): string {
  const rel = ["offers", "v1.0", "aws", service, "current", ...(region === "global" ? [] : [region]), "index.json"];
  return isUrl(input) ? `${input.replace(/\/+$/, "")}/${rel.join("/")}` : path.join(input, ...rel);
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** A byte stream of the offer file and, when known, its size. Never reads it whole. */
export async function openOfferFile(location: string): Promise<{ stream: Readable; totalBytes?: number }> {
  if (isUrl(location)) {
    let res: Response;
    try {
      res = await fetch(location);
    } catch (err) {
      throw new Error(`[costgate] cannot download ${location}: ${(err as Error).message}`, { cause: err });
    }
    if (!res.ok || !res.body) throw new Error(`[costgate] cannot download ${location}: HTTP ${res.status} ${res.statusText}`);
    const length = Number(res.headers.get("content-length"));
    return { stream: Readable.fromWeb(res.body as import("node:stream/web").ReadableStream), ...(length > 0 && { totalBytes: length }) };
  }
  let size: number;
  try {
    size = (await stat(location)).size;
  } catch (err) {
    throw new Error(`[costgate] cannot read offer file ${location}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err });
  }
  return { stream: createReadStream(location, { highWaterMark: 1 << 20 }), totalBytes: size };
}
