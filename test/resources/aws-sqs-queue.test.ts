import { costs, estimateFixture } from "./estimate-fixture.js";
import { unitPrices } from "./usage-fixture-helpers.js";

describe("aws_sqs_queue", () => {
  it("bills every 64 KB chunk of a standard queue's requests", async () => {
    const breakdown = await estimateFixture("aws_sqs_queue");
    expect(costs(breakdown, "aws_sqs_queue.orders")).toEqual([["Requests", "24"]]); // 30M x 2 chunks (100 KB) = 60 x $0.40/1M
  });

  it("prices FIFO queues at the FIFO rate", async () => {
    const breakdown = await estimateFixture("aws_sqs_queue");
    expect(costs(breakdown, "aws_sqs_queue.payments")).toEqual([["Requests (FIFO)", "2"]]); // 4M x $0.50/1M
  });

  it("shows the unit price of a queue without usage", async () => {
    const breakdown = await estimateFixture("aws_sqs_queue");
    expect(costs(breakdown, "aws_sqs_queue.orders_dlq")).toEqual([["Requests", null]]);
    expect(unitPrices(breakdown, "aws_sqs_queue.orders_dlq")).toEqual([["Requests", "0.4"]]);
  });
});
