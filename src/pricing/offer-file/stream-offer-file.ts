import { Transform, Writable, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parser } from "stream-json/parser.js";
import type { Token } from "stream-json/parser.js";
import type { PriceRecord } from "../price-record.js";
import { productToRecord, type OnDemandTerm, type PriceListProduct } from "../product-to-record.js";
import { keepRuleFor, keepsProduct, keptAttributes } from "./keep-rules.js";
import { offerTokenWalker } from "./offer-tokens.js";

export interface OfferFileProgress {
  bytesRead: number;
  totalBytes?: number;
  productsSeen: number;
  productsKept: number;
  records: number;
  /** Reading stopped after the on-demand terms: the reserved terms that follow are not needed. */
  stoppedEarly?: boolean;
}

export interface OfferFileResult {
  records: PriceRecord[];
  /** `publicationDate` of the file, e.g. "2026-03-20T04:29:25Z". */
  publicationDate?: string;
  version?: string;
  progress: OfferFileProgress;
}

/**
 * Streams one bulk offer file into snapshot records: products of the kept families are held
 * (trimmed to the kept attributes) until their on-demand terms arrive, then become records.
 * AWS writes `products`, then `terms.OnDemand`, then `terms.Reserved`: a term for a product
 * not (yet) seen is ignored, and reading stops once the on-demand terms are done.
 * `onProgress` is called for every chunk read and for the first and every 1000th kept product.
 */
export async function streamOfferFile(params: {
  stream: Readable;
  totalBytes?: number;
  service: string;
  region: string;
  source: string;
  /** Named in error messages: the URL or path. */
  location?: string;
  onProgress?: (p: OfferFileProgress) => void;
}): Promise<OfferFileResult> {
  const rule = keepRuleFor(params.service);
  const kept = new Map<string, PriceListProduct>();
  const records: PriceRecord[] = [];
  const progress: OfferFileProgress = { bytesRead: 0, ...(params.totalBytes !== undefined && { totalBytes: params.totalBytes }), productsSeen: 0, productsKept: 0, records: 0 };
  const header: Record<string, string> = {};
  const report = () => params.onProgress?.({ ...progress });

  let onDemandRead = false;
  const walk = offerTokenWalker({
    onOnDemandEnd: () => void (onDemandRead = progress.productsSeen > 0),
    onHeader: (k, v) => void (header[k] = v),
    onProduct(sku, raw) {
      progress.productsSeen++;
      const p = raw as { productFamily?: string; attributes?: Record<string, unknown>; sku?: string };
      const attributes = keptAttributes(p.attributes ?? {});
      if (!keepsProduct(rule, p.productFamily ?? "", attributes)) return;
      kept.set(sku, { sku: p.sku ?? sku, productFamily: p.productFamily ?? "", attributes });
      progress.productsKept++;
      if (progress.productsKept === 1 || progress.productsKept % 1000 === 0) report();
    },
    onOnDemand(sku, terms) {
      const product = kept.get(sku);
      if (!product) return;
      kept.delete(sku);
      const region = (product.attributes?.regionCode as string | undefined) ?? params.region;
      const r = productToRecord(product, terms as Record<string, OnDemandTerm>, { service: params.service, region, source: params.source });
      if (r) records.push(r);
      progress.records = records.length;
    },
  });

  const countBytes = new Transform({
    transform(chunk: Buffer, _enc, done) {
      progress.bytesRead += chunk.length;
      report();
      done(null, chunk);
    },
  });
  // A synchronous sink: 3x faster than `for await` over ~100M tokens of a 450 MB file.
  const consume = new Writable({
    objectMode: true,
    highWaterMark: 4096,
    write(token: Token, _enc, done) {
      walk(token);
      done(onDemandRead ? STOP : null);
    },
  });
  try {
    // Packed values only: the walker and the assembler never need streamed string chunks.
    await pipeline(params.stream, countBytes, parser.asStream({ streamValues: false }), consume);
  } catch (err) {
    if (err !== STOP) throw wrapped(err);
    if (progress.totalBytes === undefined || progress.bytesRead < progress.totalBytes) progress.stoppedEarly = true;
  }
  report();
  return { records, ...(header.publicationDate && { publicationDate: header.publicationDate }), ...(header.version && { version: header.version }), progress };

  function wrapped(err: unknown): Error {
    const where = params.location ?? `${params.service} ${params.region} offer file`;
    return new Error(`[costgate] cannot read ${where} after ${progress.bytesRead} bytes: ${(err as Error).message}`, { cause: err });
  }
}

/** Ends the pipeline once everything needed has been read. */
const STOP = new Error("on-demand terms read");
