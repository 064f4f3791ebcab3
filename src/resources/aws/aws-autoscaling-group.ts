import { UnknownInput } from "../attributes.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { DEFAULT_ROOT_GB } from "./shared/block-devices.js";
import { operatingSystem } from "./shared/ec2-compute.js";
import { EC2_USAGE, ec2FleetComponents } from "./shared/ec2-fleet.js";
import { launchConfigurationSpec, launchTemplateSpec, notInConfiguration, referencedTemplate, specDevices, type LaunchSpec } from "./shared/launch-spec.js";
import { subnetsAssignPublicIp } from "./shared/public-ipv4.js";
import { mixedInstances, mixedTemplateSpecification, type MixedInstances } from "./shared/mixed-instances.js";

/**
 * `aws_autoscaling_group`: its launch template or launch configuration priced as that many
 * instances. The template and configuration are free on their own.
 */
export const awsAutoscalingGroup: ResourceModel = {
  type: "aws_autoscaling_group",
  usage: {
    ...EC2_USAGE,
    instances: { type: "number", description: "Instances the group runs on average (instead of its desired capacity)", example: 3 },
  },
  build(r) {
    const policy = r.block("mixed_instances_policy");
    const mixed = policy && mixedInstances(policy);
    const spec = launchSpec(r);
    const instanceType = mixed?.instanceType ?? spec.instanceType;
    if (instanceType === undefined) throw new UnknownInput("instance_type", "the launch template sets no instance_type and no override names one");
    const count = instanceCount(r, mixed);
    const onDemand = mixed ? mixed.onDemand(count) : spec.spot ? 0 : count;
    return ec2FleetComponents(r, {
      instanceType,
      os: operatingSystem(r.usage.string("operating_system")),
      tenancy: spec.tenancy ?? "default",
      onDemand,
      spot: count - onDemand,
      cpuCredits: spec.cpuCredits,
      monitoring: spec.monitoring ?? false,
      // Every instance boots from the AMI's root volume, mapped or not.
      devices: specDevices(spec, DEFAULT_ROOT_GB),
      publicIpv4: spec.publicIpv4 ?? subnetsAssignPublicIp(r, "vpc_zone_identifier"),
    });
  },
};

/** Usage `instances`, else desired_capacity, else min_size (AWS starts a group at its minimum), else 1. */
function instanceCount(r: ResourceView, mixed: MixedInstances | undefined): number {
  const instances = r.usage.number("instances");
  if (instances !== undefined) return instances;
  const capacity = r.number("desired_capacity") ?? r.number("min_size") ?? 1;
  return mixed ? mixed.instances(capacity) : capacity;
}

/** The launch configuration, the launch template, or the template a mixed instances policy names. */
function launchSpec(r: ResourceView): LaunchSpec {
  if (r.has("launch_configuration")) {
    const named = r.raw("launch_configuration");
    const configuration = r.lookup(r.ref("launch_configuration")) ?? r.findByAttribute("aws_launch_configuration", "name", typeof named === "string" ? named : undefined);
    if (!configuration) throw notInConfiguration("launch_configuration", "launch configuration");
    return launchConfigurationSpec(configuration);
  }
  const policy = r.block("mixed_instances_policy");
  const template = policy
    ? referencedTemplate(r, mixedTemplateSpecification(policy), ["launch_template_id", "launch_template_name"])
    : referencedTemplate(r, r.block("launch_template"));
  if (!template) throw notInConfiguration("launch_template");
  return launchTemplateSpec(template);
}
