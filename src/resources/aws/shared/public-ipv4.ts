import type { CostComponent } from "../../cost-component.js";
import { dec } from "../../../shared/decimal.js";
import { usagetype } from "./price-helpers.js";

/**
 * Every public IPv4 address is billed hourly since 2024-02-01, attached or idle (AmazonVPC
 * `PublicIPv4:InUseAddress` / `IdleAddress`, $0.005/h in us-east-1). Tools that price only
 * idle Elastic IPs under-estimate; Costgate prices them all.
 */
export function publicIpv4Component(region: string, count: number, opts: { idle?: boolean; subresource?: string } = {}): CostComponent {
  return {
    name: opts.idle ? "Public IPv4 address (idle)" : "Public IPv4 address",
    unit: "hours",
    hourlyQuantity: dec(count),
    price: {
      service: "AmazonVPC",
      region,
      attributes: [usagetype(opts.idle ? "PublicIPv4:IdleAddress" : "PublicIPv4:InUseAddress")],
    },
    priceUnit: "Hrs",
    subresource: opts.subresource,
  };
}
