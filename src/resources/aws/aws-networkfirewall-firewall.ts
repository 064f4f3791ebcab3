import type { ResourceModel } from "../resource-model.js";
import { dataProcessedComponent, dataProcessedUsage, hoursComponent } from "./shared/metered.js";
import { usagetype } from "./shared/price-helpers.js";

/** `aws_networkfirewall_firewall`: one firewall endpoint per zone (`subnet_mapping`), billed hourly, plus GB processed. */
export const awsNetworkfirewallFirewall: ResourceModel = {
  type: "aws_networkfirewall_firewall",
  usage: dataProcessedUsage("firewall"),
  build(r) {
    const price = (suffix: string) => ({ service: "AWSNetworkFirewall", region: r.region, productFamily: "AWS Firewall", attributes: [usagetype(suffix)] });
    // AWS creates one endpoint in each subnet mapped to the firewall (one per zone).
    const endpoints = Math.max(1, r.blocks("subnet_mapping").length);
    return [
      hoursComponent(endpoints === 1 ? "Firewall endpoint" : `Firewall endpoints (${endpoints})`, endpoints, price("Endpoint-Hour")),
      dataProcessedComponent(r, price("Traffic-GB-Processed")),
    ];
  },
};
