import { equals, matches, type AttributeMatcher, type PriceQuery } from "../../../pricing/price-query.js";
import { UnknownInput } from "../../attributes.js";

/** Price List `operatingSystem` for the usage key `operating_system` (Infracost's values). */
const OPERATING_SYSTEMS: Record<string, string> = {
  linux: "Linux",
  windows: "Windows",
  rhel: "RHEL",
  suse: "SUSE",
};

export function operatingSystem(usageValue: string | undefined): string {
  const key = (usageValue ?? "linux").toLowerCase();
  const os = OPERATING_SYSTEMS[key];
  if (!os) throw new UnknownInput("usage operating_system", `"${usageValue}" is not one of ${Object.keys(OPERATING_SYSTEMS).join(", ")}`);
  return os;
}

/** Price List `tenancy` for the Terraform `tenancy` argument (`default`, `dedicated`). */
export function priceListTenancy(tenancy: string | undefined): string {
  return tenancy === "dedicated" ? "Dedicated" : "Shared";
}

/** On-demand hourly price of one EC2 instance. */
export function ec2ComputeQuery(region: string, instanceType: string, os: string, tenancy: string): PriceQuery {
  const metal = instanceType.includes(".metal");
  return {
    service: "AmazonEC2",
    region,
    productFamily: metal ? "Compute Instance (bare metal)" : "Compute Instance",
    attributes: [
      equals("instanceType", instanceType),
      equals("operatingSystem", os),
      tenancyMatcher(metal, tenancy),
      equals("preInstalledSw", "NA"),
      equals("capacitystatus", "Used"),
      equals("licenseModel", "No License required"),
    ],
  };
}

/**
 * A bare-metal instance occupies its whole host: the Price List publishes it as
 * `DedicatedUsage:<type>` with tenancy Dedicated (offer-file rows for eu-west-1), so a
 * shared-tenancy request accepts either spelling; both are the same hourly price.
 */
function tenancyMatcher(metal: boolean, tenancy: string): AttributeMatcher {
  return metal && tenancy === "Shared" ? matches("tenancy", "^(Shared|Dedicated)$") : equals("tenancy", tenancy);
}

export function computeComponentName(os: string, instanceType: string, purchase = "on-demand"): string {
  const label = os === "Linux" ? "Linux/UNIX" : os;
  return `Instance usage (${label}, ${purchase}, ${instanceType})`;
}
