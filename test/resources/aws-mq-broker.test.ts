import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

const FIXTURE = "aws_mq_broker";

const mq = (engine: string, option: string, type: string, price: string): PriceRow => ({
  service: "AmazonMQ", productFamily: "Broker Instances", unit: "Hrs", price,
  attributes: { brokerEngine: engine, deploymentOption: option, usagetype: `USE1-${option === "Single-AZ" ? "" : "MultiAZ-"}${type}` },
});

/**
 * Amazon MQ, US East (N. Virginia) (Amazon MQ pricing page). A Multi-AZ row prices the whole
 * deployment: active/standby mq.m5.large $0.576 = 2 x $0.288, a RabbitMQ mq.m5.xlarge cluster $1.728 = 3 x $0.576.
 */
const MQ_ROWS: PriceRow[] = [
  mq("ActiveMQ", "Single-AZ", "mq.t3.micro", "0.027"),
  mq("ActiveMQ", "Multi-AZ", "mq.m5.large", "0.576"),
  mq("RabbitMQ", "Multi-AZ", "mq.m5.xlarge", "1.728"),
  { service: "AmazonMQ", productFamily: "Broker Storage", unit: "GB-Mo", price: "0.30", attributes: { usagetype: "USE1-TimedStorage-ByteHrs" } },
  { service: "AmazonMQ", productFamily: "Broker Storage", unit: "GB-Mo", price: "0.10", attributes: { usagetype: "USE1-TimedStorage-RabbitMQ-ByteHrs" } },
];

describe("aws_mq_broker", () => {
  it("bills the deployment's row once and names its broker count", async () => {
    const breakdown = await estimateFixture(FIXTURE, { prices: priceTable(MQ_ROWS) });
    expect(costs(breakdown, "aws_mq_broker.single")).toEqual([
      ["Broker instances (ActiveMQ, mq.t3.micro, single-instance)", "19.71"], // 0.027 x 730
      ["Storage (ActiveMQ, EFS)", null], // EFS by default, usage-based
    ]);
    expect(costs(breakdown, "aws_mq_broker.active_standby")[0]).toEqual(["Broker instances (ActiveMQ, mq.m5.large, active/standby, 2 brokers)", "420.48"]); // 0.576 x 730
    expect(costs(breakdown, "aws_mq_broker.rabbit_cluster")).toEqual([
      ["Broker instances (RabbitMQ, mq.m5.xlarge, cluster, 3 brokers)", "1261.44"], // 1.728 x 730
      ["Storage (RabbitMQ, EBS, 3 volumes)", "3"], // 10 GB x 3 nodes x 0.10
    ]);
  });

  it("is unknown with the bundled snapshot, which has no Amazon MQ prices", async () => {
    const broker = (await estimateFixture(FIXTURE)).resources.find((r) => r.address === "aws_mq_broker.single")!;
    expect(broker.status).toBe("unknown");
    expect(broker.reason).toBe(
      "Broker instances (ActiveMQ, mq.t3.micro, single-instance): no bundled price for ActiveMQ, Single-AZ, mq.t3.micro (AmazonMQ, Broker Instances) in us-east-1 " +
        "(the bundled snapshot has no AmazonMQ prices for us-east-1); configure AWS credentials for live prices",
    );
  });
});
