/**
 * Terraform-style engine keys of the 2021 RDS table -> Price List attributes. Oracle BYOL
 * engine codes 3 (SE) and 4 (SE1) are retired editions whose mapping the source does not
 * confirm; code 5 matches eu-west-1 2023 "Oracle Enterprise BYOL" on 67 of 74 classes.
 */
export interface RdsEngineAttributes {
  databaseEngine: string;
  databaseEdition?: string;
  licenseModel: string;
  /** Multi-AZ (one standby) is exactly twice Single-AZ for these engines (source's rule). */
  multiAzIsDouble: boolean;
}

const open = (databaseEngine: string, multiAzIsDouble: boolean): RdsEngineAttributes => ({
  databaseEngine,
  licenseModel: "No license required",
  multiAzIsDouble,
});
const licensed = (databaseEngine: string, databaseEdition: string, licenseModel: string): RdsEngineAttributes => ({
  databaseEngine,
  databaseEdition,
  licenseModel,
  multiAzIsDouble: false,
});

export const RDS_ENGINES: Readonly<Record<string, RdsEngineAttributes>> = {
  mysql: open("MySQL", true),
  postgres: open("PostgreSQL", true),
  mariadb: open("MariaDB", true),
  "aurora-mysql": open("Aurora MySQL", false),
  "aurora-postgresql": open("Aurora PostgreSQL", false),
  "sqlserver-ex": licensed("SQL Server", "Express", "License included"),
  "sqlserver-web": licensed("SQL Server", "Web", "License included"),
  "sqlserver-se": licensed("SQL Server", "Standard", "License included"),
  "sqlserver-ee": licensed("SQL Server", "Enterprise", "License included"),
  "oracle-se1-li": licensed("Oracle", "Standard One", "License included"),
  "oracle-se2-li": licensed("Oracle", "Standard Two", "License included"),
  "oracle-se2-byol": licensed("Oracle", "Standard Two", "Bring your own license"),
  "oracle-byol-code5": licensed("Oracle", "Enterprise", "Bring your own license"),
};

export const SKIPPED_RDS_ENGINES = ["oracle-byol-code3", "oracle-byol-code4"];

export function rdsInstanceUsagetype(deploymentOption: string, instanceType: string): string {
  if (deploymentOption === "Multi-AZ") return `Multi-AZUsage:${instanceType}`;
  if (deploymentOption === "Multi-AZ (readable standbys)") return `Multi-AZClusterUsage:${instanceType}`;
  return `InstanceUsage:${instanceType}`;
}
