import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import { dataProcessedComponent, dataProcessedUsage, hoursComponent } from "./shared/metered.js";
import { usagetype } from "./shared/price-helpers.js";
import { publicIpv4PerZone } from "./shared/public-ipv4.js";

/** `aws_elb`: a Classic Load Balancer, billed per hour and per GB it processes. */
export const awsElb: ResourceModel = {
  type: "aws_elb",
  usage: dataProcessedUsage("load balancer"),
  build(r) {
    const price = (suffix: string) => ({ service: "AWSELB", region: r.region, productFamily: "Load Balancer", attributes: [usagetype(suffix)] });
    const components: ComponentSpec[] = [
      hoursComponent("Classic load balancer", 1, price("LoadBalancerUsage")),
      dataProcessedComponent(r, price("DataProcessing-Bytes")),
    ];
    // Internet-facing unless `internal = true`: a public IPv4 in each zone.
    if (!r.bool("internal", false)) components.push(...publicIpv4PerZone(r));
    return components;
  },
};
