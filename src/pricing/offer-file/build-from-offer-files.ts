import type { PriceRecord, SnapshotSourceInfo } from "../price-record.js";
import { writeSnapshot, type SnapshotManifest } from "../snapshot/write-snapshot.js";
import { OFFER_BASE_URL, offerFileLocation, openOfferFile } from "./offer-location.js";
import { streamOfferFile, type OfferFileProgress } from "./stream-offer-file.js";

export interface BuildProgress extends OfferFileProgress {
  service: string;
  region: string;
  /** 1-based position of this file among all files of the build. */
  file: number;
  files: number;
  phase: "reading" | "done";
}

export interface BuildFromOfferFilesParams {
  services: readonly string[];
  regions: readonly string[];
  /** Base URL of the bulk API (default AWS's) or a local directory with the same layout. */
  input?: string;
  /** The snapshot file to write; its manifest goes next to it as `<name>.manifest.json`. */
  out: string;
  onProgress?: (p: BuildProgress) => void;
}

/**
 * Builds a snapshot from AWS's public bulk offer files, one service x region file at a time,
 * streaming each (never loading a whole file: the EC2 file for one region is ~450 MB) and
 * keeping only the families and attributes cost models query. The result has the bundled
 * snapshot's format; point `COSTGATE_SNAPSHOT` at it to price those regions.
 */
export async function buildSnapshotFromOfferFiles(params: BuildFromOfferFilesParams): Promise<SnapshotManifest> {
  const input = params.input ?? OFFER_BASE_URL;
  const jobs = params.services.flatMap((service) => params.regions.map((region) => ({ service, region })));
  const records: PriceRecord[] = [];
  const sources: SnapshotSourceInfo[] = [];
  for (const [i, { service, region }] of jobs.entries()) {
    const location = offerFileLocation(input, service, region);
    const { stream, totalBytes } = await openOfferFile(location);
    const id = `offer-${service}-${region}`;
    const tell = (p: OfferFileProgress, phase: BuildProgress["phase"]) => params.onProgress?.({ ...p, service, region, file: i + 1, files: jobs.length, phase });
    const result = await streamOfferFile({ stream, ...(totalBytes !== undefined && { totalBytes }), service, region, source: id, location, onProgress: (p) => tell(p, "reading") });
    tell(result.progress, "done");
    const published = result.publicationDate?.slice(0, 10);
    if (!published) throw new Error(`[costgate] ${location} has no publicationDate: is it an AWS offer file?`);
    sources.push({
      id,
      kind: "offer-file",
      label: `AWS offer file ${service} ${region} (published ${published})`,
      asOf: published,
      currency: "USD",
      license: "AWS Price List (public)",
      url: location,
      ...(result.version && { notes: [`offer version ${result.version}`] }),
    });
    records.push(...result.records);
  }
  const manifest = params.out.replace(/(\.json)?(\.gz)?$/, ".manifest.json");
  return writeSnapshot({ records, sources, generator: "costgate prices build", out: params.out, manifest });
}
