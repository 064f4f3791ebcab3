import type { CostComponent } from "../../cost-component.js";
import { dec } from "../../../shared/decimal.js";
import { usagetype } from "./price-helpers.js";

/**
 * Every public IPv4 address is billed hourly since 2024-02-01, attached or idle (AmazonVPC
 * `PublicIPv4:InUseAddress` / `IdleAddress`, $0.005/h in us-east-1). Tools that price only
 * idle Elastic IPs under-estimate; Costgate prices them all.
 */
export function publicIpv4Component(region: string, count: number, opts: { subresource?: string } = {}): CostComponent {
  return {
    name: count === 1 ? "Public IPv4 address" : `Public IPv4 addresses (${count})`,
    unit: "hours",
    hourlyQuantity: dec(count),
    price: {
      service: "AmazonVPC",
      region,
      attributes: [usagetype("PublicIPv4:InUseAddress")],
    },
    priceUnit: "Hrs",
    subresource: opts.subresource,
  };
}
