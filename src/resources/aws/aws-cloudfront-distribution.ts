import { equals, type AttributeMatcher } from "../../pricing/price-query.js";
import { regionInfo } from "../../pricing/regions.js";
import { dec } from "../../shared/decimal.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel, UsageKey } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { CLOUDFRONT_REGIONAL_USAGE, CLOUDFRONT_REGIONS, ORIGIN_SHIELD_USAGE_KEYS, type CloudfrontRegion } from "./shared/cloudfront-regions.js";
import { usageComponent } from "./shared/usage-component.js";

/** CloudFront is a global service: its prices vary by where viewers are, not by provider region. */
const price = (productFamily: string | undefined, ...attributes: AttributeMatcher[]) => ({ service: "AmazonCloudFront", region: "global", ...(productFamily && { productFamily }), attributes });

export const awsCloudfrontDistribution: ResourceModel = {
  type: "aws_cloudfront_distribution",
  usage: {
    ...Object.fromEntries(
      Object.entries(CLOUDFRONT_REGIONAL_USAGE).flatMap(([group, description]) =>
        CLOUDFRONT_REGIONS.map((g): [string, UsageKey] => [`${group}.${g.key}`, { type: "number", description: `${description} (${g.label})`, example: group.endsWith("_gb") ? 500 : 10_000_000 }]),
      ),
    ),
    ...Object.fromEntries(
      [...new Set(Object.values(ORIGIN_SHIELD_USAGE_KEYS))].map((key): [string, UsageKey] => [`monthly_shield_requests.${key}`, { type: "number", description: `Requests reaching an Origin Shield in ${key} a month`, example: 1_000_000 }]),
    ),
    custom_ssl_certificates: { type: "number", description: "Dedicated IP custom SSL certificates (ssl_support_method = vip)", example: 1 },
  },
  build(r) {
    const used = CLOUDFRONT_REGIONS.filter((g) => Object.keys(CLOUDFRONT_REGIONAL_USAGE).some((group) => r.usage.number(`${group}.${g.key}`) !== undefined));
    const components = (used.length > 0 ? used : CLOUDFRONT_REGIONS.slice(0, 1)).flatMap((g) => regionComponents(r, g));
    components.push(...originShieldComponents(r));
    if (r.block("viewer_certificate")?.string("ssl_support_method") === "vip") {
      const certificates = r.usage.number("custom_ssl_certificates") ?? 1;
      components.push({ name: "Dedicated IP custom SSL", unit: "certificates", monthlyQuantity: dec(certificates), price: price(undefined, equals("usagetype", "SSL-Cert-Custom")) });
    }
    return components;
  },
};

function regionComponents(r: ResourceView, g: CloudfrontRegion): ComponentSpec[] {
  const usage = (group: keyof typeof CLOUDFRONT_REGIONAL_USAGE) => r.usage.number(`${group}.${g.key}`);
  const transfer = (name: string, transferType: string, count: number | undefined) =>
    usageComponent({ name, unit: "GB", count, price: price("Data Transfer", equals("transferType", transferType), equals("fromLocation", g.priceListName)), subresource: g.label });
  const requests = (name: string, requestType: string, count: number | undefined) =>
    usageComponent({ name, unit: "10k requests", count, per: 10_000, price: price("Request", equals("requestType", requestType), equals("location", g.priceListName)), subresource: g.label });
  return [
    transfer("Data transfer out to internet", "CloudFront Outbound", usage("monthly_data_transfer_to_internet_gb")),
    transfer("Data transfer out to origin", "CloudFront to Origin", usage("monthly_data_transfer_to_origin_gb")),
    requests("HTTP requests", "CloudFront-Request-HTTP-Proxy", usage("monthly_http_requests")),
    requests("HTTPS requests", "CloudFront-Request-HTTPS-Proxy", usage("monthly_https_requests")),
  ];
}

/** Requests through an Origin Shield are billed at its AWS region's price. */
function originShieldComponents(r: ResourceView): ComponentSpec[] {
  return r.blocks("origin").flatMap((origin): ComponentSpec[] => {
    const shield = origin.block("origin_shield");
    if (!shield || !shield.bool("enabled", false)) return [];
    const region = shield.string("origin_shield_region", "");
    const location = regionInfo(region)?.location;
    const name = `Origin shield requests (${region})`;
    if (!location) return [{ name, unit: "10k requests", unknown: `"${region}" is not an AWS region Costgate knows` }];
    const key = ORIGIN_SHIELD_USAGE_KEYS[region];
    return [
      usageComponent({
        name,
        unit: "10k requests",
        count: key ? r.usage.number(`monthly_shield_requests.${key}`) : undefined,
        per: 10_000,
        price: price(undefined, equals("requestDescription", "Origin Shield Requests"), equals("location", location)),
      }),
    ];
  });
}
