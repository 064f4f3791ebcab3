import { HOURS_PER_MONTH, dec } from "../../shared/decimal.js";
import type { ResourceModel } from "../resource-model.js";
import { fargateComponents } from "./shared/fargate.js";

/** Billed size of a pod when the usage file does not give one: 1 vCPU and 1 GB (Infracost's unit pod). */
const DEFAULT_POD = { vcpu: 1, memoryGb: 1 };

/**
 * `aws_eks_fargate_profile`: the profile is free, the pods it schedules are billed per
 * vCPU-hour and GB-hour. Terraform does not say how many pods run, so it is usage.
 */
export const awsEksFargateProfile: ResourceModel = {
  type: "aws_eks_fargate_profile",
  usage: {
    pods: { type: "number", description: "Pods running on the profile, averaged over the month", example: 4 },
    vcpu_per_pod: { type: "number", description: "Billed vCPU per pod (its requests rounded up to a Fargate size)", example: 1 },
    memory_gb_per_pod: { type: "number", description: "Billed GB per pod (its requests + 0.25 GB, rounded up to a Fargate size)", example: 2 },
  },
  build(r) {
    const pods = r.usage.number("pods");
    const podHours = pods === undefined ? undefined : dec(pods).times(HOURS_PER_MONTH);
    const vcpu = r.usage.number("vcpu_per_pod") ?? DEFAULT_POD.vcpu;
    const memoryGb = r.usage.number("memory_gb_per_pod") ?? DEFAULT_POD.memoryGb;
    // EKS on Fargate runs Linux pods only; the architecture is x86.
    return fargateComponents(r.region, "AmazonEKS", "linux", {
      vcpuHours: podHours?.times(vcpu) ?? null,
      gbHours: podHours?.times(memoryGb) ?? null,
      usageBased: true,
    });
  },
};
