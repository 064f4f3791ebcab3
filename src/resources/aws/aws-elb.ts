import { dec } from "../../shared/decimal.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import { usagetype, usageQuantity } from "./shared/price-helpers.js";
import { publicIpv4PerZone } from "./shared/public-ipv4.js";

/** `aws_elb`: a Classic Load Balancer, billed per hour and per GB it processes. */
export const awsElb: ResourceModel = {
  type: "aws_elb",
  usage: {
    monthly_data_processed_gb: { type: "number", description: "GB processed by the load balancer a month", example: 1000 },
  },
  build(r) {
    const price = (suffix: string) => ({ service: "AWSELB", region: r.region, productFamily: "Load Balancer", attributes: [usagetype(suffix)] });
    const components: ComponentSpec[] = [
      { name: "Classic load balancer", unit: "hours", hourlyQuantity: dec(1), price: price("LoadBalancerUsage"), priceUnit: "Hrs" },
      {
        name: "Data processed",
        unit: "GB",
        monthlyQuantity: usageQuantity(r.usage.number("monthly_data_processed_gb")),
        usageBased: true,
        price: price("DataProcessing-Bytes"),
        priceUnit: "GB",
      },
    ];
    // Internet-facing unless `internal = true`: a public IPv4 in each zone.
    if (!r.bool("internal", false)) components.push(...publicIpv4PerZone(r));
    return components;
  },
};
