import { contains, equals } from "../../pricing/price-query.js";
import { dec } from "../../shared/decimal.js";
import { UnknownInput } from "../attributes.js";
import type { ResourceModel } from "../resource-model.js";
import { usagetype } from "./shared/price-helpers.js";
import { usageTimes } from "./shared/usage-quantity.js";

/**
 * Brokers per `deployment_mode`. AWS publishes one hourly price per deployment: the
 * Multi-AZ row already covers both active/standby brokers (2x Single-AZ) or the three
 * RabbitMQ cluster nodes (3x), so the row is billed once and the count shown in the name.
 */
const DEPLOYMENTS: Readonly<Record<string, { option: string; brokers: number; label: string }>> = {
  SINGLE_INSTANCE: { option: "Single-AZ", brokers: 1, label: "single-instance" },
  ACTIVE_STANDBY_MULTI_AZ: { option: "Multi-AZ", brokers: 2, label: "active/standby, 2 brokers" },
  CLUSTER_MULTI_AZ: { option: "Multi-AZ", brokers: 3, label: "cluster, 3 brokers" },
};
const ENGINES: Readonly<Record<string, string>> = { activemq: "ActiveMQ", rabbitmq: "RabbitMQ" };

export const awsMqBroker: ResourceModel = {
  type: "aws_mq_broker",
  usage: {
    storage_size_gb: { type: "number", description: "Storage used per broker, GB", example: 20 },
  },
  build(r) {
    const engineType = r.string("engine_type");
    const engine = engineType === undefined ? undefined : ENGINES[engineType.toLowerCase()];
    if (!engine) throw new UnknownInput("engine_type", `"${engineType ?? "unset"}" is not ActiveMQ or RabbitMQ`);
    const hostType = r.string("host_instance_type");
    if (hostType === undefined) throw new UnknownInput("host_instance_type", "not set");
    const mode = r.string("deployment_mode", "SINGLE_INSTANCE");
    const deployment = DEPLOYMENTS[mode];
    if (!deployment) throw new UnknownInput("deployment_mode", `"${mode}" is not ${Object.keys(DEPLOYMENTS).join(", ")}`);
    // RabbitMQ brokers have their own EBS volumes; ActiveMQ stores on EFS (shared by the pair) unless told EBS.
    const storageType = r.string("storage_type", engine === "RabbitMQ" ? "ebs" : "efs").toLowerCase();
    const storageUsage = engine === "RabbitMQ" ? "TimedStorage-RabbitMQ-ByteHrs" : storageType === "ebs" ? "TimedStorage-EBS-ByteHrs" : "TimedStorage-ByteHrs";
    const volumes = engine === "RabbitMQ" ? deployment.brokers : 1;
    return [
      {
        name: `Broker instances (${engine}, ${hostType}, ${deployment.label})`,
        unit: "hours",
        hourlyQuantity: dec(1),
        priceUnit: "Hrs",
        price: {
          service: "AmazonMQ",
          region: r.region,
          productFamily: "Broker Instances",
          attributes: [equals("brokerEngine", engine), equals("deploymentOption", deployment.option), contains("usagetype", hostType)],
        },
      },
      {
        name: `Storage (${engine}, ${storageType.toUpperCase()}${volumes === 1 ? "" : `, ${volumes} volumes`})`,
        unit: "GB",
        monthlyQuantity: usageTimes(r.usage.number("storage_size_gb"), volumes),
        usageBased: true,
        priceUnit: "GB-Mo",
        price: { service: "AmazonMQ", region: r.region, productFamily: "Broker Storage", attributes: [usagetype(storageUsage)] },
      },
    ];
  },
};
