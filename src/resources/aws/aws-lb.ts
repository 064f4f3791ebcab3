import { equals } from "../../pricing/price-query.js";
import { Decimal, dec } from "../../shared/decimal.js";
import { UnknownInput } from "../attributes.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { usagetype } from "./shared/price-helpers.js";
import { publicIpv4PerZone } from "./shared/public-ipv4.js";

/**
 * Per load balancer type: its Price List family, and how much of each dimension one
 * capacity unit (LCU / NLCU / GLCU) covers per hour (AWS Elastic Load Balancing pricing).
 */
const LOAD_BALANCERS: Record<string, { family: string; label: string; newPerSecond: number; activePerMinute: number }> = {
  application: { family: "Load Balancer-Application", label: "Application load balancer", newPerSecond: 25, activePerMinute: 3000 },
  network: { family: "Load Balancer-Network", label: "Network load balancer", newPerSecond: 800, activePerMinute: 100_000 },
  gateway: { family: "Load Balancer-Gateway", label: "Gateway load balancer", newPerSecond: 600, activePerMinute: 60_000 },
};

export const awsLb: ResourceModel = {
  type: "aws_lb",
  usage: {
    new_connections: { type: "number", description: "New connections per second, averaged over the month", example: 10 },
    active_connections: { type: "number", description: "Active connections per minute, averaged over the month", example: 100 },
    processed_bytes_gb: { type: "number", description: "GB processed per hour, averaged over the month", example: 1 },
    rule_evaluations: { type: "number", description: "Rule evaluations per second (application load balancers)", example: 50 },
  },
  build(r) {
    // Terraform's default load_balancer_type is application.
    const kind = r.string("load_balancer_type", "application");
    const lb = LOAD_BALANCERS[kind];
    if (!lb) throw new UnknownInput("load_balancer_type", `"${kind}" is not application, network or gateway`);
    const price = (suffix: string) => ({
      service: "AWSELB",
      region: r.region,
      productFamily: lb.family,
      attributes: [equals("locationType", "AWS Region"), usagetype(suffix)],
    });
    const components: ComponentSpec[] = [
      { name: lb.label, unit: "hours", hourlyQuantity: dec(1), price: price("LoadBalancerUsage"), priceUnit: "Hrs" },
      {
        name: "Load balancer capacity units",
        unit: "LCU-hours",
        monthlyQuantity: capacityUnitHours(r, lb, kind),
        usageBased: true,
        price: price("LCUUsage"),
        priceUnit: "LCU-Hrs",
      },
    ];
    // Gateway load balancers have no public addresses; internal ones and IPv6-only ALBs neither.
    const noPublicIpv4 = kind === "gateway" || r.bool("internal", false) || r.string("ip_address_type") === "dualstack-without-public-ipv4";
    if (!noPublicIpv4) components.push(...publicIpv4PerZone(r));
    return components;
  },
};

export const awsAlb: ResourceModel = { ...awsLb, type: "aws_alb" };

/** Capacity units are billed on the dimension with the highest usage, each hour. */
function capacityUnitHours(r: ResourceView, lb: { newPerSecond: number; activePerMinute: number }, kind: string): Decimal | null {
  const usage = {
    newConnections: r.usage.number("new_connections"),
    active: r.usage.number("active_connections"),
    gb: r.usage.number("processed_bytes_gb"),
    rules: kind === "application" ? r.usage.number("rule_evaluations") : undefined,
  };
  if (Object.values(usage).every((v) => v === undefined)) return null;
  const perHour = Decimal.max(
    dec(usage.newConnections ?? 0).div(lb.newPerSecond),
    dec(usage.active ?? 0).div(lb.activePerMinute),
    dec(usage.gb ?? 0),
    dec(usage.rules ?? 0).div(1000),
  );
  return perHour.times(730);
}
