import { choosePrice } from "../choose-price.js";
import { compileAttributes } from "../match-query.js";
import type { PriceSource } from "../price.js";
import { notInSnapshot } from "../price-errors.js";
import type { LookupCounter, PriceProvider } from "../price-provider.js";
import type { PriceQuery } from "../price-query.js";
import type { PriceRecord, SnapshotSourceInfo } from "../price-record.js";
import type { PricingLogger } from "../pricing-logger.js";
import { recordToPrice } from "../record-to-price.js";
import type { Snapshot } from "./snapshot.js";

export const SNAPSHOT_PROVIDER = "snapshot";

/** Prices from a loaded snapshot; a query it cannot answer is `PriceNotFound`, never $0. */
export function createSnapshotProvider(params: { snapshot: Snapshot; counter?: LookupCounter; log?: PricingLogger }): PriceProvider {
  const { snapshot, counter, log } = params;
  return {
    name: SNAPSHOT_PROVIDER,
    async lookup(query) {
      counter?.add(SNAPSHOT_PROVIDER);
      const chosen = choosePrice(matchingRecords(snapshot, query), query, log);
      if (!chosen) throw notInSnapshot(query, snapshot.hasServiceRegion(query.service, query.region));
      return recordToPrice(chosen, snapshotPriceSource(snapshot.sources.get(chosen.source)!));
    },
  };
}

/** Every record of the snapshot that a query matches, before the one-price choice. */
export function matchingRecords(snapshot: Snapshot, query: PriceQuery): PriceRecord[] {
  const test = compileAttributes(query.attributes);
  // Narrow by the first exact matcher through the group's lazy index: EC2 us-east-1 alone has 1,400 rows.
  const firstEquals = query.attributes.find((m): m is { key: string; equals: string } => "equals" in m);
  return snapshot.groupsFor(query.service, query.region, query.productFamily).flatMap((g) => {
    const rows = firstEquals ? g.withAttribute(firstEquals.key, firstEquals.equals) : g.records();
    return rows.filter((r) => test(r.attributes));
  });
}

export function snapshotPriceSource(info: SnapshotSourceInfo): PriceSource {
  return info.kind === "offer-file"
    ? { kind: "offer-file", label: info.label, asOf: info.asOf }
    : { kind: "snapshot", label: `bundled snapshot: ${info.label}`, asOf: info.asOf };
}
