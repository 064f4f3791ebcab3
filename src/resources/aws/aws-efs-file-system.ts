import { equals, type PriceQuery } from "../../pricing/price-query.js";
import { UNITS } from "../../pricing/units.js";
import { Decimal, dec } from "../../shared/decimal.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { usagetype } from "./shared/price-helpers.js";
import { usageComponent } from "./shared/usage-component.js";

/** Bursting throughput included with stored data, which provisioned throughput is billed above. */
const INCLUDED_MIBPS_PER_GB = dec("0.05");

export const awsEfsFileSystem: ResourceModel = {
  type: "aws_efs_file_system",
  usage: {
    storage_gb: { type: "number", description: "Average GB stored in the Standard (or One Zone) class", example: 500 },
    infrequent_access_storage_gb: { type: "number", description: "Average GB stored in the Infrequent Access class", example: 1000 },
    monthly_infrequent_access_read_gb: { type: "number", description: "GB read from Infrequent Access a month", example: 50 },
    monthly_infrequent_access_write_gb: { type: "number", description: "GB written to Infrequent Access a month", example: 50 },
  },
  build(r) {
    // A file system pinned to an availability zone is One Zone storage, about half the price.
    const oneZone = r.has("availability_zone_name");
    const zone = oneZone ? "Z-" : "";
    const label = oneZone ? "one zone" : "standard";
    const storageGb = r.usage.number("storage_gb");
    const components: ComponentSpec[] = [
      usageComponent({ name: `Storage (${label})`, unit: "GB", count: storageGb, price: efsQuery(r, "Storage", usagetype(`TimedStorage-${zone}ByteHrs`)), priceUnit: UNITS.GB_MONTH }),
    ];
    const iaGb = r.usage.number("infrequent_access_storage_gb");
    if (iaGb !== undefined || r.blocks("lifecycle_policy").some((p) => p.has("transition_to_ia"))) {
      components.push(
        usageComponent({ name: `Storage (${label}, infrequent access)`, unit: "GB", count: iaGb, price: efsQuery(r, "Storage", usagetype(`IATimedStorage-${zone}ByteHrs`)), priceUnit: UNITS.GB_MONTH }),
        ...(["Read", "Write"] as const).map((access) =>
          usageComponent({
            name: `${access} requests (infrequent access)`,
            unit: "GB",
            count: r.usage.number(`monthly_infrequent_access_${access.toLowerCase()}_gb`),
            price: efsQuery(r, "Storage", equals("storageClass", "Infrequent Access"), equals("accessType", access)),
          }),
        ),
      );
    }
    if (r.string("throughput_mode", "bursting") === "provisioned") components.push(provisionedThroughput(r, storageGb));
    return components;
  },
};

/** Provisioned MiB/s beyond what the stored data includes (none when the usage file gives no storage). */
function provisionedThroughput(r: ResourceView, storageGb: number | undefined): ComponentSpec {
  const provisioned = r.number("provisioned_throughput_in_mibps");
  const name = "Provisioned throughput";
  if (provisioned === undefined) return { name, unit: "MBps", unknown: "throughput_mode is provisioned but provisioned_throughput_in_mibps is not set" };
  const billed = Decimal.max(0, dec(provisioned).minus(INCLUDED_MIBPS_PER_GB.times(storageGb ?? 0)));
  return { name, unit: "MBps", monthlyQuantity: billed, price: efsQuery(r, "Provisioned Throughput", usagetype("ProvisionedTP-MiBpsHrs")), priceUnit: UNITS.MIBPS_MONTH };
}

function efsQuery(r: ResourceView, productFamily: string, ...attributes: PriceQuery["attributes"]): PriceQuery {
  return { service: "AmazonEFS", region: r.region, productFamily, attributes };
}
