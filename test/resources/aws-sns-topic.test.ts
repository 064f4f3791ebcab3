import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";
import { gap, noBundledPrice, unitPrices } from "./usage-fixture-helpers.js";

/** aws.amazon.com/sns/pricing, us-east-1 FIFO topics: $0.30 per 1M publish requests and $0.017 per GB of payload. */
const FIFO: PriceRow[] = [
  { service: "AmazonSNS", unit: "Requests", price: "0.0000003", attributes: { usagetype: "F-Request-Tier1" } },
  { service: "AmazonSNS", unit: "GB", price: "0.017", attributes: { usagetype: "F-Ingress-Tier1" } },
];

describe("aws_sns_topic", () => {
  it("prices publishes at the paid rate from the first request: the free million is the account's, not the topic's", async () => {
    const breakdown = await estimateFixture("aws_sns_topic");
    expect(unitPrices(breakdown, "aws_sns_topic.alerts")).toEqual([["Publish requests", "0.5"]]);
    // 5M requests of 2 KB (one 64 KB chunk each) x $0.50/1M = $2.50
    expect(costs(breakdown, "aws_sns_topic.order_events")).toEqual([["Publish requests", "2.5"]]);
  });

  it("bills FIFO topics per request and per GB of payload", async () => {
    const breakdown = await estimateFixture("aws_sns_topic", { prices: priceTable(FIFO) });
    expect(costs(breakdown, "aws_sns_topic.ledger")).toEqual([
      ["FIFO publish requests", "0.6"], // 2M x $0.30/1M
      ["FIFO publish payload", "0.2593994140625"], // 2M x 8 KB = 15.2587890625 GB x 0.017
    ]);
    const snapshot = await estimateFixture("aws_sns_topic");
    expect(gap(snapshot, "aws_sns_topic.ledger", "FIFO publish requests")).toBe(noBundledPrice("F-Request-Tier1 (AmazonSNS)", "us-east-1"));
  });
});
