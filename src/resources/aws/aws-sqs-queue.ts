import { equals } from "../../pricing/price-query.js";
import { UNITS } from "../../pricing/units.js";
import type { ResourceModel } from "../resource-model.js";
import { usagetype } from "./shared/price-helpers.js";
import { chunkedCount, usageComponent } from "./shared/usage-component.js";

/** Every 64 KB chunk of a request's payload is billed as one request. */
const CHUNK_KB = 64;

export const awsSqsQueue: ResourceModel = {
  type: "aws_sqs_queue",
  usage: {
    monthly_requests: { type: "number", description: "API requests a month (send, receive, delete, change visibility...)", example: 10_000_000 },
    request_size_kb: { type: "number", description: "Average payload size in KB; each 64 KB chunk is billed as a request", example: 16 },
  },
  // AWS's free tier (1M requests per account) is not counted against one queue.
  build(r) {
    const fifo = r.bool("fifo_queue", false);
    const requests = chunkedCount(r.usage.number("monthly_requests"), r.usage.number("request_size_kb"), CHUNK_KB);
    return [
      usageComponent({
        name: fifo ? "Requests (FIFO)" : "Requests",
        unit: "1M requests",
        count: requests,
        per: 1_000_000,
        price: {
          service: "AWSQueueService",
          region: r.region,
          productFamily: "API Request",
          attributes: [equals("queueType", fifo ? "FIFO (first-in, first-out)" : "Standard"), usagetype(fifo ? "Requests-FIFO-RBP" : "Requests-RBP")],
        },
        priceUnit: UNITS.REQUESTS,
      }),
    ];
  },
};
