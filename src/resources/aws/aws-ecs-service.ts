import { Decimal, HOURS_PER_MONTH, dec } from "../../shared/decimal.js";
import { UnknownInput } from "../attributes.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { taskSize } from "./shared/ecs-task-size.js";
import { fargateComponents } from "./shared/fargate.js";

/**
 * `aws_ecs_service` on Fargate: desired tasks x the task definition's vCPU and memory, always
 * on. Services on EC2 capacity cost nothing here: their instances are priced as instances.
 */
export const awsEcsService: ResourceModel = {
  type: "aws_ecs_service",
  build(r) {
    const { fargate, spot } = fargateTasks(r);
    if (fargate.isZero() && spot.isZero()) return [];
    const td = r.lookup(r.ref("task_definition"));
    if (!td) throw new UnknownInput("task_definition", "the task definition is not a resource in this configuration");
    const size = taskSize(td);
    const taskHours = fargate.times(HOURS_PER_MONTH);
    const components = fargateComponents(r.region, "AmazonECS", size.platform, {
      vcpuHours: taskHours.times(size.vcpu),
      gbHours: taskHours.times(size.memoryGb),
      extraStorageGbHours: taskHours.times(size.extraStorageGb),
    });
    if (spot.gt(0)) {
      components.push({ name: `Fargate Spot tasks (${spot.toString()})`, unit: "tasks", unknown: "Fargate Spot prices change with demand and are not in the AWS Price List" });
    }
    return components;
  },
};

/** Tasks on FARGATE and on FARGATE_SPOT (possibly fractional: the expected split of a strategy). */
function fargateTasks(r: ResourceView): { fargate: Decimal; spot: Decimal } {
  // The provider's default desired_count is 0 (an autoscaling policy may raise it later).
  const count = dec(r.number("desired_count", 0));
  const zero = dec(0);
  // DAEMON services run one task per EC2 container instance: never Fargate.
  if (r.string("scheduling_strategy") === "DAEMON") return { fargate: zero, spot: zero };
  // ECS's defaults for a strategy item: base 0, weight 0.
  const strategy = r.blocks("capacity_provider_strategy").map((s) => ({
    provider: s.string("capacity_provider", ""),
    base: s.number("base", 0),
    weight: s.number("weight", 0),
  }));
  // Without a strategy the launch type decides (EC2 when unset: the cluster default is not visible here).
  if (strategy.length === 0) return { fargate: r.string("launch_type", "EC2") === "FARGATE" ? count : zero, spot: zero };
  // The base tasks go first, the rest is split by weight (with every weight 0, only the base runs).
  const baseTotal = strategy.reduce((n, s) => n + s.base, 0);
  const rest = Decimal.max(0, count.minus(baseTotal));
  const weightTotal = strategy.reduce((n, s) => n + s.weight, 0);
  const share = (provider: string) =>
    strategy
      .filter((s) => s.provider === provider)
      .reduce((n, s) => n.plus(Math.min(s.base, count.toNumber())).plus(weightTotal > 0 ? rest.times(s.weight).div(weightTotal) : 0), zero);
  return { fargate: share("FARGATE"), spot: share("FARGATE_SPOT") };
}
