import { equals } from "../../../pricing/price-query.js";
import { dec } from "../../../shared/decimal.js";
import type { ComponentSpec } from "../../cost-component.js";
import type { UsageKey } from "../../resource-model.js";
import type { ResourceView } from "../../resource-view.js";
import { blockDeviceComponents, type BlockDevice } from "./block-devices.js";
import type { Setting } from "./launch-spec.js";
import { burstable } from "./burstable.js";
import { computeComponentName, ec2ComputeQuery, priceListTenancy } from "./ec2-compute.js";
import { usagetype } from "./price-helpers.js";
import { publicIpv4Component } from "./public-ipv4.js";

/** Usage keys of everything that runs EC2 instances (Infracost's names). */
export const EC2_USAGE: Readonly<Record<string, UsageKey>> = {
  operating_system: { type: "string", description: "Operating system the AMI runs: linux, windows, rhel or suse", example: "linux" },
  monthly_cpu_credit_hrs: { type: "number", description: "Hours a month each T instance in unlimited mode bursts above its baseline", example: 100 },
  vcpu_count: { type: "number", description: "vCPUs of the instance type, for T types Costgate has no vCPU count for", example: 2 },
};

/** Detailed monitoring publishes 7 instance metrics at 1-minute resolution, each a custom-metric charge. */
const DETAILED_MONITORING_METRICS = 7;

/** Identical EC2 instances: one instance, an Auto Scaling group or a node group. */
export interface Ec2Fleet {
  instanceType: string;
  /** Price List `operatingSystem`. */
  os: string;
  /** Terraform tenancy: default, dedicated or host. */
  tenancy: string;
  onDemand: number;
  spot: number;
  cpuCredits?: string;
  monitoring: Setting<boolean>;
  /** The EBS volumes of one instance. */
  devices: readonly BlockDevice[];
  publicIpv4: Setting<boolean>;
  /** Hours a month each on-demand instance runs; always on when undefined. */
  monthlyHours?: number;
}

export function ec2FleetComponents(r: ResourceView, fleet: Ec2Fleet): ComponentSpec[] {
  const { instanceType, os, onDemand, spot } = fleet;
  const count = onDemand + spot;
  const components: ComponentSpec[] = [];
  // Instances on a Dedicated Host are billed through the host, not per instance.
  if (fleet.tenancy !== "host") {
    if (onDemand > 0) {
      components.push({
        name: computeComponentName(os, instanceType),
        unit: "hours",
        ...(fleet.monthlyHours === undefined ? { hourlyQuantity: dec(onDemand) } : { monthlyQuantity: dec(fleet.monthlyHours).times(onDemand) }),
        price: ec2ComputeQuery(r.region, instanceType, os, priceListTenancy(fleet.tenancy)),
        priceUnit: "Hrs",
      });
    }
    if (spot > 0) {
      components.push({
        name: computeComponentName(os, instanceType, "spot") + (spot === 1 ? "" : ` x ${spot} instances`),
        unit: "hours",
        unknown: "spot prices change with demand and are not in the AWS Price List (at most the on-demand price)",
      });
    }
  }
  const credits = cpuCreditComponent(r, fleet, count);
  if (credits) components.push(credits);
  if (typeof fleet.monitoring === "object" && count > 0) {
    components.push({ name: "EC2 detailed monitoring", unit: "metrics", unknown: fleet.monitoring.unknown });
  } else if (fleet.monitoring && count > 0) {
    components.push({
      name: "EC2 detailed monitoring",
      unit: "metrics",
      monthlyQuantity: dec(DETAILED_MONITORING_METRICS * count),
      price: { service: "AmazonCloudWatch", region: r.region, productFamily: "Metric", attributes: [usagetype("CW:MetricMonitorUsage")] },
      priceUnit: "Metrics",
    });
  }
  if (count === 0) return components;
  components.push(...blockDeviceComponents(r.region, fleet.devices, count));
  if (typeof fleet.publicIpv4 === "object") components.push({ name: "Public IPv4 address", unit: "hours", unknown: fleet.publicIpv4.unknown });
  else if (fleet.publicIpv4) components.push(publicIpv4Component(r.region, count));
  return components;
}

/** Surplus CPU credits of T instances in unlimited mode: usage hours x vCPUs x instances. */
function cpuCreditComponent(r: ResourceView, fleet: Ec2Fleet, count: number): ComponentSpec | undefined {
  const t = burstable(fleet.instanceType, fleet.cpuCredits);
  if (!t?.unlimited || count === 0) return undefined;
  const name = "CPU credits";
  const hours = r.usage.number("monthly_cpu_credit_hrs");
  const vcpus = r.usage.number("vcpu_count") ?? t.vcpus;
  if (hours !== undefined && vcpus === undefined) {
    return { name, unit: "vCPU-hours", unknown: `Costgate does not know the vCPUs of ${fleet.instanceType}; set the usage key vcpu_count`, usageBased: true };
  }
  return {
    name,
    unit: "vCPU-hours",
    monthlyQuantity: hours === undefined ? null : dec(hours).times(vcpus!).times(count),
    usageBased: true,
    // Credits are priced for Linux and Windows only; RHEL and SUSE burst at the Linux rate.
    price: {
      service: "AmazonEC2",
      region: r.region,
      productFamily: "CPU Credits",
      attributes: [equals("operatingSystem", fleet.os === "Windows" ? "Windows" : "Linux"), usagetype(`CPUCredits:${t.family}`)],
    },
    priceUnit: "vCPU-Hours",
  };
}
