import { PriceNotFound } from "./price.js";
import { matcherText, type PriceQuery } from "./price-query.js";

/** "db.r7g.large, MySQL (AmazonRDS, Database Instance) in eu-west-2": what a user recognises. */
export function describeForUser(q: PriceQuery): string {
  const values = q.attributes.map(matcherText);
  const what = values.length > 0 ? values.join(", ") : "any product";
  const family = q.productFamily ? `, ${q.productFamily}` : "";
  return `${what} (${q.service}${family}) in ${q.region}`;
}

export function notInSnapshot(q: PriceQuery, serviceHasRegion: boolean): PriceNotFound {
  const gap = serviceHasRegion ? "" : ` (the bundled snapshot has no ${q.service} prices for ${q.region})`;
  return new PriceNotFound(`no bundled price for ${describeForUser(q)}${gap}; configure AWS credentials for live prices`);
}

export function notInPriceList(q: PriceQuery): PriceNotFound {
  return new PriceNotFound(
    `the AWS Price List has no on-demand price for ${describeForUser(q)}; check the resource's type, engine and region`,
  );
}

/**
 * The live Price List could not be asked (no credentials, access denied, network, throttled
 * past all retries). A `PriceNotFound`, so a component that hits it is "not priced, with
 * this reason", never $0; `reason` is the part that names the fix.
 */
export class PriceListUnavailable extends PriceNotFound {
  constructor(
    readonly reason: string,
    /** Whether later queries in this run would fail the same way (credentials, IAM). */
    readonly persistent: boolean,
    options?: { cause?: unknown },
  ) {
    super(`AWS Price List unavailable: ${reason}`);
    this.name = "PriceListUnavailable";
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
