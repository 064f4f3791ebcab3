import { Decimal } from "../../../shared/decimal.js";
import type { ComponentSpec } from "../../cost-component.js";
import { usagetype } from "./price-helpers.js";

/** Fargate is billed under AmazonECS for ECS tasks and AmazonEKS for EKS pods, with the same usagetypes. */
export type FargateService = "AmazonECS" | "AmazonEKS";

/** Usagetype suffixes per platform: Linux x86, Linux ARM (Graviton), Windows (x86 only). */
const PLATFORMS = {
  linux: { label: "Linux/x86", vcpu: "Fargate-vCPU-Hours:perCPU", gb: "Fargate-GB-Hours" },
  arm: { label: "Linux/ARM", vcpu: "Fargate-ARM-vCPU-Hours:perCPU", gb: "Fargate-ARM-GB-Hours" },
  windows: { label: "Windows", vcpu: "Fargate-Windows-vCPU-Hours:perCPU", gb: "Fargate-Windows-GB-Hours" },
} as const;
export type FargatePlatform = keyof typeof PLATFORMS;

/** Ephemeral storage up to 20 GB per task is included; only the GB above it are billed. */
export const FARGATE_FREE_STORAGE_GB = 20;

export interface FargateUsage {
  /** vCPU-hours and GB-hours a month, or null when they depend on usage not given. */
  vcpuHours: Decimal | null;
  gbHours: Decimal | null;
  /** GB-hours of ephemeral storage above the included 20 GB per task. */
  extraStorageGbHours?: Decimal;
  usageBased?: boolean;
}

/** No priceUnit: AWS publishes these per "hours" whatever is counted; the usagetype is the check. */
export function fargateComponents(region: string, service: FargateService, platform: FargatePlatform, usage: FargateUsage): ComponentSpec[] {
  const p = PLATFORMS[platform];
  const price = (suffix: string) => ({ service, region, productFamily: "Compute", attributes: [usagetype(suffix)] });
  const usageBased = usage.usageBased ?? false;
  const components: ComponentSpec[] = [
    { name: `Fargate vCPU (${p.label})`, unit: "vCPU-hours", monthlyQuantity: usage.vcpuHours, usageBased, price: price(p.vcpu) },
    { name: `Fargate memory (${p.label})`, unit: "GB-hours", monthlyQuantity: usage.gbHours, usageBased, price: price(p.gb) },
  ];
  if (platform === "windows") {
    // Windows tasks also pay an OS licence fee per vCPU-hour.
    components.push({ name: "Fargate Windows OS licence", unit: "vCPU-hours", monthlyQuantity: usage.vcpuHours, usageBased, price: price("Fargate-Windows-OS-Hours:perCPU") });
  }
  if (usage.extraStorageGbHours?.gt(0)) {
    components.push({
      name: `Fargate ephemeral storage (above ${FARGATE_FREE_STORAGE_GB} GB)`,
      unit: "GB-hours",
      monthlyQuantity: usage.extraStorageGbHours,
      price: price("Fargate-EphemeralStorage-GB-Hours"),
    });
  }
  return components;
}
