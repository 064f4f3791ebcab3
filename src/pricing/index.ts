// The pricing layer's public surface: PriceQuery in, Price out, and the snapshot tools.
export { createPricing, parseMode, PRICING_MODES, type CreatePricingOptions, type PricingMode } from "./create-pricing.js";
export { createPricingService, type PricingService, type PricingStats } from "./pricing-service.js";
export type { PriceProvider, LookupCounter } from "./price-provider.js";
export { PriceListUnavailable } from "./price-errors.js";
export { PriceNotFound, type Price, type PriceSource, type PriceTier } from "./price.js";
export { contains, describeQuery, equals, matches, queryKey, type AttributeMatcher, type PriceQuery } from "./price-query.js";
export { normalizeUnit, sameUnit, unitPeriod, UNITS, type CanonicalUnit } from "./units.js";
export { REGIONS, regionInfo, regionalUsagetype, type RegionInfo } from "./regions.js";
export type { PricingLogger } from "./pricing-logger.js";
export { createAwsPriceListProvider, type AwsPriceListOptions } from "./aws/aws-price-list-provider.js";
export { detectAwsCredentials } from "./aws/detect-credentials.js";
export { createFileCache, defaultCacheDir } from "./cache/file-cache.js";
export { BUNDLED_SNAPSHOT_PATH, loadBundledSnapshot, loadSnapshot } from "./snapshot/load-snapshot.js";
export { createSnapshotProvider } from "./snapshot/snapshot-provider.js";
export { describeSnapshot, formatSnapshotDescription, type SnapshotDescription } from "./snapshot/describe-snapshot.js";
export type { Snapshot } from "./snapshot/snapshot.js";
export { buildSnapshotFromOfferFiles, type BuildFromOfferFilesParams, type BuildProgress } from "./offer-file/build-from-offer-files.js";
export { runPricesCommand, type CommandIO } from "./prices-command.js";
