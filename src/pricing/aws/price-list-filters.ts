import type { Filter } from "@aws-sdk/client-pricing";
import type { PriceQuery } from "../price-query.js";

/** Services whose products carry `location` but no `regionCode`; filtered by location instead. */
export type LocationFilteredServices = ReadonlySet<string>;

/**
 * GetProducts filters for a query: `equals` -> TERM_MATCH, `contains` -> CONTAINS, the region
 * as `regionCode` (or `location`), nothing for "global" services. `regex` matchers cannot be
 * sent: they are applied to the answer client-side, like every other matcher.
 */
export function toGetProductsFilters(q: PriceQuery, locationFiltered: LocationFilteredServices, location: (region: string) => string | undefined): Filter[] {
  const filters: Filter[] = [];
  if (q.productFamily) filters.push({ Type: "TERM_MATCH", Field: "productFamily", Value: q.productFamily });
  const namesRegion = q.attributes.some((m) => m.key === "regionCode" || m.key === "location");
  if (q.region !== "global" && !namesRegion) {
    const loc = locationFiltered.has(q.service) ? location(q.region) : undefined;
    filters.push(loc ? { Type: "TERM_MATCH", Field: "location", Value: loc } : { Type: "TERM_MATCH", Field: "regionCode", Value: q.region });
  }
  for (const m of q.attributes) {
    // AWS rejects empty values; "attribute absent" (equals "") is checked client-side.
    if ("equals" in m && m.equals !== "") filters.push({ Type: "TERM_MATCH", Field: m.key, Value: m.equals });
    else if ("contains" in m && m.contains !== "") filters.push({ Type: "CONTAINS", Field: m.key, Value: m.contains });
  }
  return filters;
}
