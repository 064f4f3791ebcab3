import { dec } from "../../shared/decimal.js";
import type { Attributes } from "../attributes.js";
import { UnknownInput } from "../attributes.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { computeComponentName, ec2ComputeQuery, operatingSystem, priceListTenancy } from "./shared/ec2-compute.js";
import { ebsVolumeComponents } from "./shared/ebs-volume.js";
import { publicIpv4Component } from "./shared/public-ipv4.js";

/** The AMI decides the root volume; without reading it, AWS's common default is 8 GB gp2. */
const DEFAULT_ROOT_GB = 8;
const DEFAULT_VOLUME_TYPE = "gp2";

export const awsInstance: ResourceModel = {
  type: "aws_instance",
  usage: {
    operating_system: { type: "string", description: "Operating system the AMI runs: linux, windows, rhel or suse", example: "linux" },
    monthly_hrs: { type: "number", description: "Hours a month the instance runs (730 when always on)", example: 730 },
  },
  build(r) {
    const instanceType = r.string("instance_type") ?? launchTemplate(r)?.string("instance_type");
    if (instanceType === undefined) throw new UnknownInput("instance_type", "not set on the instance or its launch template");
    const tenancy = r.string("tenancy", "default");
    const os = operatingSystem(r.usage.string("operating_system"));
    const components: ComponentSpec[] = [];
    // Instances on a Dedicated Host are billed through the host, not per instance.
    if (tenancy !== "host") {
      const hours = r.usage.number("monthly_hrs");
      components.push({
        name: computeComponentName(os, instanceType),
        unit: "hours",
        ...(hours === undefined ? { hourlyQuantity: dec(1) } : { monthlyQuantity: dec(hours) }),
        price: ec2ComputeQuery(r.region, instanceType, os, priceListTenancy(tenancy)),
      });
    }
    const root = r.block("root_block_device");
    components.push(...ebsVolumeComponents(r.region, volumeOf(root, DEFAULT_ROOT_GB), "root_block_device"));
    for (const device of r.blocks("ebs_block_device")) {
      components.push(...ebsVolumeComponents(r.region, volumeOf(device, DEFAULT_ROOT_GB), `ebs_block_device (${device.string("device_name", "unnamed")})`));
    }
    if (r.bool("associate_public_ip_address", false)) components.push(publicIpv4Component(r.region, 1));
    return components;
  },
};

function volumeOf(block: Attributes | undefined, defaultSizeGb: number) {
  return {
    type: block?.string("volume_type") ?? DEFAULT_VOLUME_TYPE,
    sizeGb: block?.number("volume_size") ?? defaultSizeGb,
    iops: block?.number("iops"),
    throughput: block?.number("throughput"),
  };
}

/** The launch template an instance is launched from, when it is in the configuration. */
function launchTemplate(r: ResourceView): ResourceView | undefined {
  const ref = r.block("launch_template");
  if (!ref) return undefined;
  return r.lookup(ref.ref("id")) ?? r.lookup(ref.ref("name"));
}
