/**
 * Terraform `engine` -> AWS Price List attributes of RDS instance prices. Oracle, SQL Server
 * and Db2 prices also depend on the edition and the licence model (aws-pricing.md pitfall 5).
 */
export interface RdsEngine {
  databaseEngine: string;
  databaseEdition?: string;
  /** Licence model when `license_model` is not set. */
  defaultLicense?: "License included" | "Bring your own license";
  /** gp3 volumes at or above this size include 12,000 IOPS and 500 MiB/s instead of 3,000 and 125. */
  gp3LargeVolumeGb?: number;
}

const OPEN_SOURCE = { gp3LargeVolumeGb: 400 } as const;
const ORACLE = { databaseEngine: "Oracle", gp3LargeVolumeGb: 200 } as const;
const SQL_SERVER = { databaseEngine: "SQL Server", defaultLicense: "License included" } as const;

export const RDS_ENGINES: Readonly<Record<string, RdsEngine>> = {
  mysql: { databaseEngine: "MySQL", ...OPEN_SOURCE },
  postgres: { databaseEngine: "PostgreSQL", ...OPEN_SOURCE },
  mariadb: { databaseEngine: "MariaDB", ...OPEN_SOURCE },
  "oracle-se": { ...ORACLE, databaseEdition: "Standard", defaultLicense: "License included" },
  "oracle-se1": { ...ORACLE, databaseEdition: "Standard One", defaultLicense: "License included" },
  "oracle-se2": { ...ORACLE, databaseEdition: "Standard Two", defaultLicense: "License included" },
  "oracle-se2-cdb": { ...ORACLE, databaseEdition: "Standard Two", defaultLicense: "License included" },
  // Enterprise Edition is sold only as bring-your-own-licence on RDS.
  "oracle-ee": { ...ORACLE, databaseEdition: "Enterprise", defaultLicense: "Bring your own license" },
  "oracle-ee-cdb": { ...ORACLE, databaseEdition: "Enterprise", defaultLicense: "Bring your own license" },
  "sqlserver-ex": { ...SQL_SERVER, databaseEdition: "Express" },
  "sqlserver-web": { ...SQL_SERVER, databaseEdition: "Web" },
  "sqlserver-se": { ...SQL_SERVER, databaseEdition: "Standard" },
  "sqlserver-ee": { ...SQL_SERVER, databaseEdition: "Enterprise" },
  // RDS for Db2 (2023): the IBM licence is the customer's (or billed by AWS Marketplace, not RDS).
  "db2-se": { databaseEngine: "Db2", databaseEdition: "Standard", defaultLicense: "Bring your own license", gp3LargeVolumeGb: 400 },
  "db2-ae": { databaseEngine: "Db2", databaseEdition: "Advanced", defaultLicense: "Bring your own license", gp3LargeVolumeGb: 400 },
};

/** Aurora engines: their instances are `aws_rds_cluster_instance`s, their storage the cluster's. */
export const AURORA_ENGINES: Readonly<Record<string, string>> = {
  aurora: "Aurora MySQL",
  "aurora-mysql": "Aurora MySQL",
  "aurora-postgresql": "Aurora PostgreSQL",
};

/** Oracle rows without a `deploymentModel` are RDS proper (others are RDS Custom or Outposts). */
export function isOracle(engine: RdsEngine): boolean {
  return engine.databaseEngine === "Oracle";
}

/** Terraform `license_model` -> Price List `licenseModel`; undefined for engines priced without one. */
export function priceListLicense(licenseModel: string | undefined, engine: RdsEngine): string | undefined {
  if (!engine.defaultLicense) return undefined;
  if (licenseModel === "bring-your-own-license") return "Bring your own license";
  if (licenseModel === "license-included") return "License included";
  return engine.defaultLicense;
}
