import { equals } from "../../pricing/price-query.js";
import { dec } from "../../shared/decimal.js";
import { UnknownInput } from "../attributes.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import { usagetype } from "./shared/price-helpers.js";

const FAMILY = "Managed Streaming for Apache Kafka (MSK)";

export const awsMskCluster: ResourceModel = {
  type: "aws_msk_cluster",
  build(r) {
    const group = r.block("broker_node_group_info");
    const instanceType = group?.string("instance_type");
    if (instanceType === undefined) throw new UnknownInput("broker_node_group_info.instance_type", "not set");
    const brokers = r.number("number_of_broker_nodes");
    if (brokers === undefined) throw new UnknownInput("number_of_broker_nodes", "not set");
    const region = r.region;
    const components: ComponentSpec[] = [
      {
        name: `Broker instances (${instanceType} x ${brokers})`,
        unit: "hours",
        hourlyQuantity: dec(brokers),
        priceUnit: "Hrs",
        // Published as usagetype `USE1-Kafka.m5.large` for kafka.m5.large.
        price: { service: "AmazonMSK", region, productFamily: FAMILY, attributes: [equals("locationType", "AWS Region"), usagetype(instanceType.replace(/^kafka\./i, "Kafka."))] },
      },
    ];
    // Each broker has its own EBS volume of this size (the v4 provider's `ebs_volume_size`, or `storage_info`).
    const volumeGb = group?.block("storage_info")?.block("ebs_storage_info")?.number("volume_size") ?? group?.number("ebs_volume_size");
    components.push(
      volumeGb === undefined
        ? { name: "Storage", unit: "GB", unknown: "broker_node_group_info.storage_info.ebs_storage_info.volume_size is not set" }
        : {
            name: `Storage (${volumeGb} GB x ${brokers} brokers)`,
            unit: "GB",
            monthlyQuantity: dec(volumeGb).times(brokers),
            priceUnit: "GB-Mo",
            price: { service: "AmazonMSK", region, productFamily: FAMILY, attributes: [equals("locationType", "AWS Region"), equals("storageFamily", "GP2")] },
          },
    );
    return components;
  },
};
