import type { ResourceModel } from "../resource-model.js";
import { publicIpv4Component } from "./shared/public-ipv4.js";

export const awsEip: ResourceModel = {
  type: "aws_eip",
  build(r) {
    // Addresses from your own pool (BYOIP) are not billed as Amazon-provided public IPv4.
    const pool = r.string("public_ipv4_pool", "amazon");
    if (pool !== "amazon" || r.has("customer_owned_ipv4_pool")) return [];
    // In use or idle, the hourly price is the same; what it attaches to (a NAT gateway's
    // allocation_id, an association) is often declared elsewhere, so no guess is made.
    return [publicIpv4Component(r.region, 1)];
  },
};
