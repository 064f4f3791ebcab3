import { equals } from "../../pricing/price-query.js";
import { Unknown } from "../../terraform/unknown.js";
import type { AttrValue } from "../../terraform/attr-value.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { usageComponent } from "./shared/usage-component.js";

/** Query meters by routing policy; the first billion queries a month cost twice the rest (tiers come with the price). */
const QUERY_TYPES = {
  standard: { name: "Standard queries", key: "monthly_standard_queries", usagetype: "DNS-Queries" },
  latency: { name: "Latency based routing queries", key: "monthly_latency_based_queries", usagetype: "LBR-Queries" },
  geo: { name: "Geo DNS queries", key: "monthly_geo_queries", usagetype: "Geo-Queries" },
} as const;

export const awsRoute53Record: ResourceModel = {
  type: "aws_route53_record",
  usage: {
    monthly_standard_queries: { type: "number", description: "DNS queries a month (simple, weighted, failover and multivalue routing)", example: 10_000_000 },
    monthly_latency_based_queries: { type: "number", description: "DNS queries a month (latency-based routing)", example: 10_000_000 },
    monthly_geo_queries: { type: "number", description: "DNS queries a month (geolocation and geoproximity routing)", example: 10_000_000 },
  },
  build(r) {
    // Queries to aliases of CloudFront, load balancers, S3 websites, API Gateway... are free.
    if (r.has("alias") && !aliasesOwnZone(r)) return [];
    if (r.has("cidr_routing_policy")) return [{ name: "IP-based routing queries", unit: "1M queries", unknown: "IP-based routing is not priced by Costgate yet", usageBased: true }];
    const type = r.has("latency_routing_policy") ? "latency" : r.has("geolocation_routing_policy") || r.has("geoproximity_routing_policy") ? "geo" : "standard";
    const q = QUERY_TYPES[type];
    return [
      usageComponent({
        name: q.name,
        unit: "1M queries",
        count: r.usage.number(q.key),
        per: 1_000_000,
        price: { service: "AmazonRoute53", region: "global", productFamily: "DNS Query", attributes: [equals("usagetype", q.usagetype)] },
      }),
    ];
  },
};

/** An alias to another record of the same hosted zone is billed like any query. */
function aliasesOwnZone(r: ResourceView): boolean {
  const target = r.block("alias")?.raw("zone_id");
  return target !== undefined && sameValue(target, r.raw("zone_id"));
}

function sameValue(a: AttrValue, b: AttrValue | undefined): boolean {
  if (a instanceof Unknown || b instanceof Unknown) {
    return a instanceof Unknown && b instanceof Unknown && a.ref !== undefined && a.ref.address === b.ref?.address && a.ref.attribute === b.ref.attribute;
  }
  return a === b;
}
