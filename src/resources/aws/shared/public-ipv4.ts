import type { ComponentSpec, CostComponent } from "../../cost-component.js";
import { dec } from "../../../shared/decimal.js";
import { UnknownInput } from "../../attributes.js";
import type { ResourceView } from "../../resource-view.js";
import { Unknown } from "../../../terraform/unknown.js";
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

/**
 * An internet-facing load balancer holds one AWS-owned public IPv4 per zone it spans: one
 * per `subnet_mapping` (except those given an Elastic IP, priced as `aws_eip`), else per
 * subnet, else per availability zone (classic load balancers). An unknown subnet list makes
 * only this component unknown.
 */
export function publicIpv4PerZone(r: ResourceView): ComponentSpec[] {
  try {
    const mappings = r.blocks("subnet_mapping");
    const count =
      mappings.length > 0 ? mappings.filter((m) => !m.has("allocation_id")).length : r.list("subnets").length || r.list("availability_zones").length;
    return count > 0 ? [publicIpv4Component(r.region, count)] : [];
  } catch (err) {
    if (!(err instanceof UnknownInput)) throw err;
    return [{ name: "Public IPv4 addresses", unit: "hours", unknown: err.message }];
  }
}

/**
 * Whether instances launched into the subnets of `attribute` (`subnet_id`, `subnet_ids`,
 * `vpc_zone_identifier`) get a public IPv4 when nothing else says: only when every subnet is
 * a resource of this configuration with `map_public_ip_on_launch = true` (false by default).
 */
export function subnetsAssignPublicIp(r: ResourceView, attribute: string): boolean {
  const value = r.raw(attribute);
  const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  try {
    const subnets = values.map((v) => (v instanceof Unknown ? r.lookup(v.ref) : undefined));
    return subnets.length > 0 && subnets.every((s) => s?.bool("map_public_ip_on_launch", false) === true);
  } catch (err) {
    if (err instanceof UnknownInput) return false;
    throw err;
  }
}
