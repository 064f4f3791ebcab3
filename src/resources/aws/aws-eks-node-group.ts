import { UnknownInput } from "../attributes.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { Unknown } from "../../terraform/unknown.js";
import { operatingSystem } from "./shared/ec2-compute.js";
import { EC2_USAGE, ec2FleetComponents } from "./shared/ec2-fleet.js";
import { launchTemplateSpec, notInConfiguration, referencedTemplate, specDevices, type LaunchSpec } from "./shared/launch-spec.js";
import { subnetsAssignPublicIp } from "./shared/public-ipv4.js";

/** EKS's node group defaults: t3.medium nodes with a 20 GB root volume (50 GB for Windows AMIs). */
const DEFAULT_INSTANCE_TYPE = "t3.medium";
const DEFAULT_DISK_GB = 20;
const DEFAULT_WINDOWS_DISK_GB = 50;

/** `aws_eks_node_group`: a managed node group, priced as its EC2 instances and their volumes. */
export const awsEksNodeGroup: ResourceModel = {
  type: "aws_eks_node_group",
  usage: {
    ...EC2_USAGE,
    instances: { type: "number", description: "Nodes the group runs on average (instead of its desired size)", example: 3 },
  },
  build(r) {
    const template = launchTemplate(r);
    const windows = r.string("ami_type", "").startsWith("WINDOWS");
    // The AMI type tells the OS; the usage file may still say otherwise.
    const os = operatingSystem(r.usage.string("operating_system") ?? (windows ? "windows" : "linux"));
    const diskGb = windows ? DEFAULT_WINDOWS_DISK_GB : DEFAULT_DISK_GB;
    // Without a launch template EKS makes one with a disk_size GB root volume (gp2).
    const spec: LaunchSpec = template ?? { devices: new Map(), root: { subresource: "disk_size", settings: { volume_size: r.number("disk_size", diskGb) } } };
    const count = r.usage.number("instances") ?? desiredSize(r);
    const spot = r.string("capacity_type", "ON_DEMAND") === "SPOT";
    return ec2FleetComponents(r, {
      instanceType: firstInstanceType(r) ?? spec.instanceType ?? DEFAULT_INSTANCE_TYPE,
      os,
      tenancy: spec.tenancy ?? "default",
      onDemand: spot ? 0 : count,
      spot: spot ? count : 0,
      cpuCredits: spec.cpuCredits,
      monitoring: spec.monitoring ?? false,
      devices: specDevices(spec, diskGb),
      publicIpv4: spec.publicIpv4 ?? subnetsAssignPublicIp(r, "subnet_ids"),
    });
  },
};

/** EKS requires scaling_config.desired_size; usage `instances` overrides it. */
function desiredSize(r: ResourceView): number {
  const size = r.block("scaling_config")?.number("desired_size");
  if (size === undefined) throw new UnknownInput("scaling_config.desired_size", "not set");
  return size;
}

/** instance_types[0] is the type EKS tries first; the others do not change the estimate. */
function firstInstanceType(r: ResourceView): string | undefined {
  const first = r.list("instance_types")[0];
  if (first === undefined || typeof first === "string") return first;
  throw new UnknownInput("instance_types[0]", first instanceof Unknown ? first.reason : "not an instance type");
}

function launchTemplate(r: ResourceView): LaunchSpec | undefined {
  const reference = r.block("launch_template");
  if (!reference) return undefined;
  const template = referencedTemplate(r, reference);
  if (!template) throw notInConfiguration("launch_template");
  return launchTemplateSpec(template);
}
