import { UnknownInput } from "../attributes.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { DEFAULT_ROOT_GB } from "./shared/block-devices.js";
import { operatingSystem } from "./shared/ec2-compute.js";
import { EC2_USAGE, ec2FleetComponents } from "./shared/ec2-fleet.js";
import { instanceSpec, launchTemplateSpec, notInConfiguration, referencedTemplate, specDevices } from "./shared/launch-spec.js";
import { subnetsAssignPublicIp } from "./shared/public-ipv4.js";

export const awsInstance: ResourceModel = {
  type: "aws_instance",
  usage: {
    ...EC2_USAGE,
    monthly_hrs: { type: "number", description: "Hours a month the instance runs (730 when always on)", example: 730 },
  },
  build(r) {
    const template = launchTemplate(r);
    const spec = instanceSpec(r, template && launchTemplateSpec(template));
    if (spec.instanceType === undefined) throw new UnknownInput("instance_type", "not set on the instance or its launch template");
    const spot = spec.spot === true;
    return ec2FleetComponents(r, {
      instanceType: spec.instanceType,
      os: operatingSystem(r.usage.string("operating_system")),
      // A host_id places the instance on a Dedicated Host, billed as the host.
      tenancy: r.has("host_id") ? "host" : (spec.tenancy ?? "default"),
      onDemand: spot ? 0 : 1,
      spot: spot ? 1 : 0,
      cpuCredits: spec.cpuCredits,
      // Basic (5-minute) monitoring is free; detailed monitoring is opt-in for instances.
      monitoring: spec.monitoring ?? false,
      devices: specDevices(spec, DEFAULT_ROOT_GB),
      // Without associate_public_ip_address, the subnet's map_public_ip_on_launch decides. An
      // Elastic IP associated with the instance replaces its auto-assigned address: the EIP is
      // billed (as aws_eip), the auto-assigned one is not.
      publicIpv4: hasElasticIp(r) ? false : (spec.publicIpv4 ?? subnetsAssignPublicIp(r, "subnet_id")),
      monthlyHours: r.usage.number("monthly_hrs"),
    });
  },
};

function hasElasticIp(r: ResourceView): boolean {
  return r.referencedBy("aws_eip", "instance").length > 0 || r.referencedBy("aws_eip_association", "instance_id").length > 0;
}

/** The launch template an instance is launched from, when it is in the configuration. */
function launchTemplate(r: ResourceView): ResourceView | undefined {
  const reference = r.block("launch_template");
  const template = referencedTemplate(r, reference);
  // A template outside the configuration (a data source, an ID) only matters without instance_type.
  if (reference && !template && !r.has("instance_type")) throw notInConfiguration("launch_template");
  return template;
}
