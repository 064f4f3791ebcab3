/**
 * Region code -> Price List `location` and billing-code prefix of `usagetype`.
 * Locations are the Price List spellings ("EU (Ireland)", not SDK's "Europe (Ireland)");
 * prefixes from AWS's "Region billing codes" page. us-east-1 is "USE1", but EC2-era
 * services omit it there (`BoxUsage:t3.micro`), and eu-west-1 is "EU", not "EUW1".
 */
export interface RegionInfo {
  location: string;
  usagePrefix: string;
  currency: "USD" | "CNY";
}

const R = (location: string, usagePrefix: string, currency: "USD" | "CNY" = "USD"): RegionInfo => ({ location, usagePrefix, currency });

export const REGIONS: Readonly<Record<string, RegionInfo>> = {
  "us-east-1": R("US East (N. Virginia)", "USE1"),
  "us-east-2": R("US East (Ohio)", "USE2"),
  "us-west-1": R("US West (N. California)", "USW1"),
  "us-west-2": R("US West (Oregon)", "USW2"),
  "ca-central-1": R("Canada (Central)", "CAN1"),
  "ca-west-1": R("Canada West (Calgary)", "CAN2"),
  "mx-central-1": R("Mexico (Central)", "MXC1"),
  "sa-east-1": R("South America (Sao Paulo)", "SAE1"),
  "eu-west-1": R("EU (Ireland)", "EU"),
  "eu-west-2": R("EU (London)", "EUW2"),
  "eu-west-3": R("EU (Paris)", "EUW3"),
  "eu-central-1": R("EU (Frankfurt)", "EUC1"),
  "eu-central-2": R("EU (Zurich)", "EUC2"),
  "eu-north-1": R("EU (Stockholm)", "EUN1"),
  "eu-south-1": R("EU (Milan)", "EUS1"),
  "eu-south-2": R("EU (Spain)", "EUS2"),
  "il-central-1": R("Israel (Tel Aviv)", "ILC1"),
  "me-south-1": R("Middle East (Bahrain)", "MES1"),
  "me-central-1": R("Middle East (UAE)", "MEC1"),
  "af-south-1": R("Africa (Cape Town)", "AFS1"),
  "ap-east-1": R("Asia Pacific (Hong Kong)", "APE1"),
  "ap-east-2": R("Asia Pacific (Taipei)", "APE2"),
  "ap-south-1": R("Asia Pacific (Mumbai)", "APS3"),
  "ap-south-2": R("Asia Pacific (Hyderabad)", "APS5"),
  "ap-northeast-1": R("Asia Pacific (Tokyo)", "APN1"),
  "ap-northeast-2": R("Asia Pacific (Seoul)", "APN2"),
  "ap-northeast-3": R("Asia Pacific (Osaka)", "APN3"),
  "ap-southeast-1": R("Asia Pacific (Singapore)", "APS1"),
  "ap-southeast-2": R("Asia Pacific (Sydney)", "APS2"),
  "ap-southeast-3": R("Asia Pacific (Jakarta)", "APS4"),
  "ap-southeast-4": R("Asia Pacific (Melbourne)", "APS6"),
  "ap-southeast-5": R("Asia Pacific (Malaysia)", "APS7"),
  "ap-southeast-6": R("Asia Pacific (New Zealand)", "APS8"),
  "ap-southeast-7": R("Asia Pacific (Thailand)", "APS9"),
  "us-gov-west-1": R("AWS GovCloud (US-West)", "UGW1"),
  "us-gov-east-1": R("AWS GovCloud (US-East)", "UGE1"),
  "cn-north-1": R("China (Beijing)", "CNN1", "CNY"),
  "cn-northwest-1": R("China (Ningxia)", "CNW1", "CNY"),
};

export function regionInfo(region: string): RegionInfo | undefined {
  return Object.hasOwn(REGIONS, region) ? REGIONS[region] : undefined;
}

/**
 * How a usagetype reads in a region. `legacy` is for the EC2-era meters AWS publishes
 * unprefixed in us-east-1 (`BoxUsage:`, `EBS:`, `NatGateway-`, `InstanceUsage:`);
 * newer services carry `USE1-` there too.
 */
export function regionalUsagetype(region: string, suffix: string, style: "legacy" | "prefixed"): string {
  if (region === "us-east-1" && style === "legacy") return suffix;
  const info = regionInfo(region);
  if (!info) throw new Error(`[costgate] no billing-code prefix known for region ${region}`);
  return `${info.usagePrefix}-${suffix}`;
}
