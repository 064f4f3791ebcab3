import { equals } from "../../pricing/price-query.js";
import { dec } from "../../shared/decimal.js";
import { UnknownInput } from "../attributes.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import { usageQuantity } from "./shared/usage-quantity.js";

export const awsRedshiftCluster: ResourceModel = {
  type: "aws_redshift_cluster",
  usage: {
    managed_storage_gb: { type: "number", description: "Redshift managed storage used, GB (RA3 nodes)", example: 10_000 },
  },
  build(r) {
    const nodeType = r.string("node_type");
    if (nodeType === undefined) throw new UnknownInput("node_type", "not set");
    // A Multi-AZ (RA3) cluster runs the same nodes in a second zone, billed as such.
    const zones = r.bool("multi_az", false) ? 2 : 1;
    const nodes = r.number("number_of_nodes", 1) * zones;
    const components: ComponentSpec[] = [
      {
        name: `Cluster usage (on-demand, ${nodeType}${nodes === 1 ? "" : ` x ${nodes}`}${zones === 2 ? ", Multi-AZ" : ""})`,
        unit: "hours",
        hourlyQuantity: dec(nodes),
        priceUnit: "Hrs",
        price: { service: "AmazonRedshift", region: r.region, productFamily: "Compute Instance", attributes: [equals("instanceType", nodeType)] },
      },
    ];
    if (nodeType.startsWith("ra3.")) {
      components.push({
        name: "Managed storage",
        unit: "GB",
        monthlyQuantity: usageQuantity(r.usage.number("managed_storage_gb")),
        usageBased: true,
        priceUnit: "GB-Mo",
        price: { service: "AmazonRedshift", region: r.region, productFamily: "Redshift Managed Storage", attributes: [] },
      });
    }
    return components;
  },
};
