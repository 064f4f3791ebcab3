import { equals, type AttributeMatcher, type PriceQuery } from "../../../pricing/price-query.js";
import { UnknownInput } from "../../attributes.js";
import type { ResourceView } from "../../resource-view.js";
import { usagetype } from "./price-helpers.js";
import { AURORA_ENGINES } from "./rds-engines.js";

/** Price List `databaseEngine` of an Aurora engine; throws for anything else. */
export function auroraEngine(engine: string | undefined): string {
  if (engine === undefined) throw new UnknownInput("engine", "not set");
  const databaseEngine = AURORA_ENGINES[engine];
  if (!databaseEngine) throw new UnknownInput("engine", `"${engine}" is not an Aurora engine (${Object.keys(AURORA_ENGINES).join(", ")})`);
  return databaseEngine;
}

/** Aurora I/O-Optimized: no charge per I/O, higher instance, ACU and storage rates. */
export function isIoOptimized(cluster: ResourceView): boolean {
  return cluster.string("storage_type") === "aurora-iopt1";
}

/** An Aurora price of the AmazonRDS service, identified by its usagetype suffix (`Aurora:StorageUsage`). */
export function auroraQuery(region: string, productFamily: string, suffix: string, databaseEngine?: string): PriceQuery {
  const attributes: AttributeMatcher[] = [usagetype(suffix)];
  if (databaseEngine) attributes.push(equals("databaseEngine", databaseEngine));
  return { service: "AmazonRDS", region, productFamily, attributes };
}
