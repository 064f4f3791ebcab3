import type { PriceRecord, SnapshotSourceInfo } from "../../src/pricing/price-record.js";
import { dec, flat, record, times, usagetype } from "./kit.js";
import { RDS_ENGINES, rdsInstanceUsagetype, SKIPPED_RDS_ENGINES, type RdsEngineAttributes } from "./rds-engines.js";

export const RDS_2021_FILE = "rds-instance-single-az-hourly-2021-08.json";

interface RdsTable {
  _meta: { source: { repo: string; license: string; path: string; commit: string; data_date: string } };
  regions: Record<string, Record<string, Record<string, number>>>;
}

/** RDS Single-AZ instances in 23 regions (2021), plus Multi-AZ = 2 x Single-AZ for MySQL/PostgreSQL/MariaDB. */
export function convertRdsInstances2021(data: RdsTable): { sources: SnapshotSourceInfo[]; records: PriceRecord[] } {
  const m = data._meta.source;
  const source: SnapshotSourceInfo = {
    id: "ec2instances-rds-2021-08",
    kind: "snapshot",
    label: `RDS on-demand table from ${m.repo} (2021-08-03)`,
    asOf: "2021-08-03",
    currency: "USD",
    license: m.license,
    repo: m.repo,
    path: m.path,
    commit: m.commit,
    file: RDS_2021_FILE,
    notes: [
      "Single-AZ only upstream; Multi-AZ for MySQL/PostgreSQL/MariaDB derived as 2 x Single-AZ, the rule the source states",
      `engines not imported (edition unconfirmed): ${SKIPPED_RDS_ENGINES.join(", ")}`,
      "classes launched after 2021-08 (m6i/r6i/m7g/r7g/...) are missing",
    ],
  };
  const records: PriceRecord[] = [];
  for (const [region, engines] of Object.entries(data.regions)) {
    for (const [engineKey, classes] of Object.entries(engines)) {
      const engine = RDS_ENGINES[engineKey];
      if (!engine) {
        if (SKIPPED_RDS_ENGINES.includes(engineKey)) continue;
        throw new Error(`${RDS_2021_FILE}: unmapped engine ${engineKey}`);
      }
      for (const [instanceType, price] of Object.entries(classes)) {
        records.push(rdsInstance({ region, instanceType, engine, deploymentOption: "Single-AZ", price: dec(price), source: source.id }));
        if (engine.multiAzIsDouble) {
          records.push(
            rdsInstance({
              region,
              instanceType,
              engine,
              deploymentOption: "Multi-AZ",
              price: times(price, 2),
              source: source.id,
              description: `Multi-AZ derived as 2 x Single-AZ ${dec(price)}/h (${RDS_2021_FILE} rule); AWS may round some rates by $0.001`,
            }),
          );
        }
      }
    }
  }
  return { sources: [source], records };
}

export function rdsInstance(p: {
  region: string;
  instanceType: string;
  engine: Pick<RdsEngineAttributes, "databaseEngine" | "databaseEdition" | "licenseModel">;
  deploymentOption: string;
  price: string;
  source: string;
  description?: string;
}): PriceRecord {
  return record({
    service: "AmazonRDS",
    region: p.region,
    productFamily: "Database Instance",
    attributes: {
      instanceType: p.instanceType,
      databaseEngine: p.engine.databaseEngine,
      ...(p.engine.databaseEdition !== undefined && { databaseEdition: p.engine.databaseEdition }),
      licenseModel: p.engine.licenseModel,
      deploymentOption: p.deploymentOption,
      usagetype: usagetype(p.region, rdsInstanceUsagetype(p.deploymentOption, p.instanceType), "legacy"),
    },
    unit: "Hrs",
    tiers: flat(p.price),
    source: p.source,
    ...(p.description !== undefined && { description: p.description }),
  });
}
