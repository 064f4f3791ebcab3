/**
 * Terraform `engine` -> AWS Price List attributes of RDS instance prices. Oracle and SQL
 * Server prices also depend on the edition and licence model (aws-pricing.md pitfall 5).
 */
export interface RdsEngine {
  databaseEngine: string;
  databaseEdition?: string;
  /** Licence model when `license_model` is not set. */
  defaultLicense?: "License included" | "Bring your own license";
  /** gp3 volumes at or above this size include 12,000 IOPS and 500 MiB/s instead of 3,000 and 125. */
  gp3LargeVolumeGb?: number;
}

export const RDS_ENGINES: Readonly<Record<string, RdsEngine>> = {
  mysql: { databaseEngine: "MySQL", gp3LargeVolumeGb: 400 },
  postgres: { databaseEngine: "PostgreSQL", gp3LargeVolumeGb: 400 },
  mariadb: { databaseEngine: "MariaDB", gp3LargeVolumeGb: 400 },
  aurora: { databaseEngine: "Aurora MySQL" },
  "aurora-mysql": { databaseEngine: "Aurora MySQL" },
  "aurora-postgresql": { databaseEngine: "Aurora PostgreSQL" },
  "oracle-se": { databaseEngine: "Oracle", databaseEdition: "Standard", defaultLicense: "License included", gp3LargeVolumeGb: 200 },
  "oracle-se1": { databaseEngine: "Oracle", databaseEdition: "Standard One", defaultLicense: "License included", gp3LargeVolumeGb: 200 },
  "oracle-se2": { databaseEngine: "Oracle", databaseEdition: "Standard Two", defaultLicense: "License included", gp3LargeVolumeGb: 200 },
  "oracle-se2-cdb": { databaseEngine: "Oracle", databaseEdition: "Standard Two", defaultLicense: "License included", gp3LargeVolumeGb: 200 },
  "oracle-ee": { databaseEngine: "Oracle", databaseEdition: "Enterprise", defaultLicense: "Bring your own license", gp3LargeVolumeGb: 200 },
  "oracle-ee-cdb": { databaseEngine: "Oracle", databaseEdition: "Enterprise", defaultLicense: "Bring your own license", gp3LargeVolumeGb: 200 },
  "sqlserver-ex": { databaseEngine: "SQL Server", databaseEdition: "Express", defaultLicense: "License included" },
  "sqlserver-web": { databaseEngine: "SQL Server", databaseEdition: "Web", defaultLicense: "License included" },
  "sqlserver-se": { databaseEngine: "SQL Server", databaseEdition: "Standard", defaultLicense: "License included" },
  "sqlserver-ee": { databaseEngine: "SQL Server", databaseEdition: "Enterprise", defaultLicense: "License included" },
};

/** Terraform `license_model` -> Price List `licenseModel`. */
export function priceListLicense(licenseModel: string | undefined, engine: RdsEngine): string | undefined {
  if (licenseModel === "bring-your-own-license") return "Bring your own license";
  if (licenseModel === "license-included") return "License included";
  return engine.defaultLicense;
}

/** Terraform `storage_type` -> Price List `volumeType` of RDS storage. */
export const RDS_VOLUME_TYPES: Readonly<Record<string, string>> = {
  standard: "Magnetic",
  gp2: "General Purpose",
  gp3: "General Purpose-GP3",
  io1: "Provisioned IOPS",
  io2: "Provisioned IOPS-IO2",
};
