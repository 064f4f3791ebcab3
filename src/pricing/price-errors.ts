import { PriceNotFound } from "./price.js";
import { describeQuery, type PriceQuery } from "./price-query.js";

export function notInSnapshot(q: PriceQuery, serviceHasRegion: boolean): PriceNotFound {
  const gap = serviceHasRegion ? "" : ` (the bundled snapshot has no ${q.service} prices for ${q.region})`;
  return new PriceNotFound(`no bundled price for ${describeQuery(q)}${gap}; configure AWS credentials for live prices`);
}

export function notInPriceList(q: PriceQuery): PriceNotFound {
  return new PriceNotFound(
    `the AWS Price List has no on-demand price for ${describeQuery(q)}; check the resource's type, engine and region`,
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
