import { UNITS } from "../../pricing/units.js";
import { dec } from "../../shared/decimal.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { usagetype } from "./shared/price-helpers.js";
import { chunkedCount, usageComponent } from "./shared/usage-component.js";

const CHUNK_KB = 64;
const KB_PER_GB = 1024 * 1024;

/** Publishes: each 64 KB chunk counts as a request. Deliveries are priced per subscription type, not here. */
export const awsSnsTopic: ResourceModel = {
  type: "aws_sns_topic",
  usage: {
    monthly_requests: { type: "number", description: "Publish requests a month", example: 1_000_000 },
    request_size_kb: { type: "number", description: "Average message size in KB; each 64 KB chunk is billed as a request", example: 4 },
  },
  build(r) {
    const published = r.usage.number("monthly_requests");
    const sizeKb = r.usage.number("request_size_kb");
    const requests = chunkedCount(published, sizeKb, CHUNK_KB);
    if (!r.bool("fifo_topic", false)) {
      // The first million requests a month are free per account, not per topic: skip that tier.
      return [usageComponent({ name: "Publish requests", unit: "1M requests", count: requests, per: 1_000_000, price: { ...snsQuery(r, "Requests-Tier1"), productFamily: "API Request", startUsageAmount: "1000000" }, priceUnit: UNITS.REQUESTS })];
    }
    const components: ComponentSpec[] = [
      usageComponent({ name: "FIFO publish requests", unit: "1M requests", count: requests, per: 1_000_000, price: snsQuery(r, "F-Request-Tier1"), priceUnit: UNITS.REQUESTS }),
      usageComponent({
        name: "FIFO publish payload",
        unit: "GB",
        count: published === undefined || sizeKb === undefined ? undefined : dec(published).times(sizeKb).div(KB_PER_GB),
        price: snsQuery(r, "F-Ingress-Tier1"),
      }),
    ];
    return components;
  },
};

function snsQuery(r: ResourceView, suffix: string) {
  return { service: "AmazonSNS", region: r.region, attributes: [usagetype(suffix)] };
}
