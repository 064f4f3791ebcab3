import path from "node:path";
import { createAwsPriceListProvider, type AwsPriceListOptions } from "./aws/aws-price-list-provider.js";
import { detectAwsCredentials, type CredentialsFound } from "./aws/detect-credentials.js";
import { withFileCache } from "./cache/cached-provider.js";
import { createFileCache, defaultCacheDir } from "./cache/file-cache.js";
import { withSnapshotFallback } from "./fallback-provider.js";
import { createLookupCounter, type PriceProvider } from "./price-provider.js";
import { silentLogger, type PricingLogger } from "./pricing-logger.js";
import { createPricingService, type PricingService } from "./pricing-service.js";
import { loadBundledSnapshot, loadSnapshot } from "./snapshot/load-snapshot.js";
import type { Snapshot } from "./snapshot/snapshot.js";
import { createSnapshotProvider } from "./snapshot/snapshot-provider.js";

export type PricingMode = "snapshot" | "aws" | "auto";
export const PRICING_MODES: readonly PricingMode[] = ["snapshot", "aws", "auto"];

export interface CreatePricingOptions {
  /** Default: `COSTGATE_PRICING`, else "auto". */
  mode?: PricingMode;
  env?: NodeJS.ProcessEnv;
  /** A loaded snapshot; default the bundled one plus `COSTGATE_SNAPSHOT` overlays. */
  snapshot?: Snapshot;
  /** Persistent cache directory, or false for none. Default `defaultCacheDir(env)`. */
  cacheDir?: string | false;
  aws?: AwsPriceListOptions;
  /** Injected for tests; default looks at the environment and ~/.aws. */
  detectCredentials?: (env: NodeJS.ProcessEnv) => CredentialsFound;
  log?: PricingLogger;
}

/**
 * The pricing service for a run. Modes (`COSTGATE_PRICING`):
 *
 * - `snapshot`: the bundled snapshot only; offline, dated, never asks AWS.
 * - `aws`: memory -> file cache -> AWS Price List API. Nothing falls back: a product AWS
 *   does not list, or an API that cannot be reached, is a `PriceNotFound` naming the reason
 *   (credentials, the IAM action pricing:GetProducts, throttling).
 * - `auto` (default): `aws` when credentials are configured (detected without network),
 *   with the snapshot behind it for failures to reach AWS only; those prices say so in
 *   their source label. Without credentials, the snapshot.
 *
 * In every mode a missing price is a `PriceNotFound`, never $0, and every price carries its
 * source: "AWS Price List API" with the fetch time, or the snapshot source and data date.
 */
export async function createPricing(opts: CreatePricingOptions = {}): Promise<PricingService> {
  const env = opts.env ?? process.env;
  const mode = opts.mode ?? parseMode(env.COSTGATE_PRICING);
  const log = opts.log ?? silentLogger;
  const counter = createLookupCounter();

  const snapshotProvider = async () => createSnapshotProvider({ snapshot: opts.snapshot ?? (await snapshotFromEnv(env)), counter, log });
  const liveProvider = (): PriceProvider => {
    const live = createAwsPriceListProvider({ env, counter, log, ...opts.aws });
    const dir = opts.cacheDir === undefined ? defaultCacheDir(env) : opts.cacheDir;
    return dir === false ? live : withFileCache(live, createFileCache({ dir, log }), { counter, log });
  };

  if (mode === "snapshot") return createPricingService({ provider: await snapshotProvider(), counter, description: "bundled snapshot" });
  if (mode === "aws") return createPricingService({ provider: liveProvider(), counter, description: "AWS Price List API (no fallback)" });

  const creds = (opts.detectCredentials ?? detectAwsCredentials)(env);
  if (!creds.found) return createPricingService({ provider: await snapshotProvider(), counter, description: "bundled snapshot (no AWS credentials configured)" });
  return createPricingService({
    provider: withSnapshotFallback(liveProvider(), await snapshotProvider(), log),
    counter,
    description: `AWS Price List API (credentials: ${creds.via}), bundled snapshot if AWS cannot be reached`,
  });
}

export function parseMode(value: string | undefined): PricingMode {
  if (value === undefined || value === "") return "auto";
  if ((PRICING_MODES as readonly string[]).includes(value)) return value as PricingMode;
  throw new Error(`[costgate] COSTGATE_PRICING=${value} is not a pricing mode; use one of ${PRICING_MODES.join(", ")}`);
}

/** `COSTGATE_SNAPSHOT`: snapshots built with `costgate prices build`, in front of the bundled one. */
function snapshotFromEnv(env: NodeJS.ProcessEnv): Promise<Snapshot> {
  const overlays = (env.COSTGATE_SNAPSHOT ?? "").split(path.delimiter).filter(Boolean);
  return overlays.length > 0 ? loadSnapshot({ overlays }) : loadBundledSnapshot();
}
