import type { Attributes } from "../../attributes.js";

/** How an Auto Scaling group's `mixed_instances_policy` shapes the fleet. */
export interface MixedInstances {
  /** The first override's type (AWS tries overrides in order), when it names one. */
  instanceType?: string;
  /** Instances for a capacity: capacity / the first override's weighted_capacity, rounded up. */
  instances(capacity: number): number;
  /** How many of `count` instances are on-demand; the rest are spot. */
  onDemand(count: number): number;
}

export function mixedInstances(policy: Attributes): MixedInstances {
  const override = policy.block("launch_template")?.blocks("override")[0];
  // Without weights every instance counts as one unit of capacity.
  const weight = override?.number("weighted_capacity") ?? 1;
  const distribution = policy.block("instances_distribution");
  // AWS defaults: no on-demand base, 100% on-demand above it.
  const base = distribution?.number("on_demand_base_capacity") ?? 0;
  const percentAboveBase = distribution?.number("on_demand_percentage_above_base_capacity") ?? 100;
  const instances = (capacity: number) => (weight > 0 ? Math.ceil(capacity / weight) : 0);
  return {
    instanceType: override?.string("instance_type"),
    instances,
    onDemand(count) {
      const baseCount = Math.min(instances(base), count);
      // The on-demand share above the base is rounded up, as Auto Scaling does.
      return baseCount + Math.ceil(((count - baseCount) * percentAboveBase) / 100);
    },
  };
}

/** The launch template a mixed instances policy names (`launch_template_specification`). */
export function mixedTemplateSpecification(policy: Attributes): Attributes | undefined {
  return policy.block("launch_template")?.block("launch_template_specification");
}
