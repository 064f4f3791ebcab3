import { GetProductsCommand, PricingClient, type Filter, type PricingClientConfig } from "@aws-sdk/client-pricing";
import pLimit from "p-limit";
import { choosePrice } from "../choose-price.js";
import { compileQuery } from "../match-query.js";
import { notInPriceList } from "../price-errors.js";
import { describeQuery, type PriceQuery } from "../price-query.js";
import type { LookupCounter, PriceProvider } from "../price-provider.js";
import type { PriceRecord } from "../price-record.js";
import type { PricingLogger } from "../pricing-logger.js";
import { productToRecord, type OnDemandTerm, type PriceListProduct } from "../product-to-record.js";
import { recordToPrice } from "../record-to-price.js";
import { regionInfo } from "../regions.js";
import { isRetryable, toPricingError } from "./aws-errors.js";
import { toGetProductsFilters } from "./price-list-filters.js";
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from "./retry.js";

export const AWS_PROVIDER = "aws-price-list";
const MAX_PAGES = 200;

export interface AwsPriceListOptions {
  /** A ready client (tests); otherwise one is built for us-east-1. */
  client?: Pick<PricingClient, "send">;
  /** Overrides the API endpoint; default `COSTGATE_PRICING_ENDPOINT`. */
  endpoint?: string;
  credentials?: PricingClientConfig["credentials"];
  /** GetProducts calls in flight at once. */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  /** Services whose products have `location` but no `regionCode`. */
  locationFilteredServices?: ReadonlySet<string>;
  counter?: LookupCounter;
  log?: PricingLogger;
  now?: () => Date;
  env?: NodeJS.ProcessEnv;
}

/**
 * Live on-demand prices from the AWS Price List Query API. The client always talks to
 * us-east-1 (the API lives in three regions and answers for all); the priced region is a
 * filter. Pages are followed to the end, throttling and 5xx are retried with backoff, and
 * at most `concurrency` requests are in flight.
 */
export function createAwsPriceListProvider(opts: AwsPriceListOptions = {}): PriceProvider & { requests(): number } {
  const env = opts.env ?? process.env;
  const endpoint = opts.endpoint ?? env.COSTGATE_PRICING_ENDPOINT;
  const client =
    opts.client ??
    new PricingClient({ region: "us-east-1", maxAttempts: 1, ...(endpoint && { endpoint }), ...(opts.credentials && { credentials: opts.credentials }) });
  const limit = pLimit(opts.concurrency ?? 5);
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...opts.retry };
  const locationFiltered = opts.locationFilteredServices ?? new Set<string>();
  const now = opts.now ?? (() => new Date());
  let requests = 0;

  async function fetchRecords(query: PriceQuery): Promise<PriceRecord[]> {
    const filters = toGetProductsFilters(query, locationFiltered, (r) => regionInfo(r)?.location);
    const records: PriceRecord[] = [];
    let token: string | undefined;
    let restarted = false;
    for (let page = 0; page < MAX_PAGES; page++) {
      let out;
      try {
        out = await getPage(query.service, filters, token);
      } catch (err) {
        // An expired pagination token means "start again", once.
        const name = (err as { name?: string }).name;
        if (!restarted && (name === "ExpiredNextTokenException" || name === "InvalidNextTokenException")) {
          restarted = true;
          records.length = 0;
          token = undefined;
          continue;
        }
        throw err;
      }
      for (const item of out.PriceList ?? []) {
        const r = parseItem(item, query);
        if (r) records.push(r);
      }
      token = out.NextToken;
      if (!token) return records;
    }
    throw new Error(`[costgate] GetProducts for ${describeQuery(query)} returned more than ${MAX_PAGES} pages; narrow the query`);
  }

  function getPage(service: string, filters: Filter[], token: string | undefined) {
    return withRetry(
      () =>
        limit(() => {
          requests++;
          return client.send(new GetProductsCommand({ ServiceCode: service, Filters: filters, FormatVersion: "aws_v1", MaxResults: 100, ...(token && { NextToken: token }) }));
        }),
      isRetryable,
      retry,
    );
  }

  return {
    name: AWS_PROVIDER,
    requests: () => requests,
    async lookup(query) {
      opts.counter?.add(AWS_PROVIDER);
      let records: PriceRecord[];
      try {
        records = await fetchRecords(query);
      } catch (err) {
        throw toPricingError(err, describeQuery(query));
      }
      const matches = compileQuery(query);
      const chosen = choosePrice(records.filter(matches), query, opts.log);
      if (!chosen) throw notInPriceList(query);
      return recordToPrice(chosen, { kind: "aws-price-list", label: "AWS Price List API", asOf: now().toISOString() });
    },
  };
}

/** PriceList items are JSON strings; at run time String objects (stack.md section 5). */
function parseItem(item: unknown, query: PriceQuery): PriceRecord | undefined {
  const doc = JSON.parse(String(item)) as { product?: PriceListProduct; terms?: { OnDemand?: Record<string, OnDemandTerm> } };
  if (!doc.product) return undefined;
  const region = query.region === "global" ? "global" : query.region;
  return productToRecord(doc.product, doc.terms?.OnDemand, { service: query.service, region, source: AWS_PROVIDER });
}
