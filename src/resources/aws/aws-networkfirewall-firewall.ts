import { dec } from "../../shared/decimal.js";
import type { ResourceModel } from "../resource-model.js";
import { usagetype, usageQuantity } from "./shared/price-helpers.js";

/** `aws_networkfirewall_firewall`: one firewall endpoint per zone (`subnet_mapping`), billed hourly, plus GB processed. */
export const awsNetworkfirewallFirewall: ResourceModel = {
  type: "aws_networkfirewall_firewall",
  usage: {
    monthly_data_processed_gb: { type: "number", description: "GB processed by the firewall a month", example: 1000 },
  },
  build(r) {
    const price = (suffix: string) => ({ service: "AWSNetworkFirewall", region: r.region, productFamily: "AWS Firewall", attributes: [usagetype(suffix)] });
    // AWS creates one endpoint in each subnet mapped to the firewall (one per zone).
    const endpoints = Math.max(1, r.blocks("subnet_mapping").length);
    return [
      {
        name: endpoints === 1 ? "Firewall endpoint" : `Firewall endpoints (${endpoints})`,
        unit: "hours",
        hourlyQuantity: dec(endpoints),
        price: price("Endpoint-Hour"),
        priceUnit: "Hrs",
      },
      {
        name: "Data processed",
        unit: "GB",
        monthlyQuantity: usageQuantity(r.usage.number("monthly_data_processed_gb")),
        usageBased: true,
        price: price("Traffic-GB-Processed"),
        priceUnit: "GB",
      },
    ];
  },
};
