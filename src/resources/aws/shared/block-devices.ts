import type { AttrObject, AttrValue } from "../../../terraform/attr-value.js";
import { Attributes, UnknownInput } from "../../attributes.js";
import type { ComponentSpec } from "../../cost-component.js";
import { ebsVolumeComponents } from "./ebs-volume.js";
import { timesCount } from "./price-helpers.js";

const FIELDS = ["volume_size", "volume_type", "iops", "throughput", "snapshot_id"] as const;

/** The EBS settings of one block device as Terraform writes them, unset fields absent. */
export type DeviceSettings = Partial<Record<(typeof FIELDS)[number], AttrValue>>;

/** One EBS volume attached to every instance of a fleet. */
export interface BlockDevice {
  /** How the bill names it: `root_block_device`, `ebs_block_device (/dev/sdf)`. */
  subresource: string;
  settings: DeviceSettings;
  /** Size when `volume_size` is not set (the root volume's AMI default). */
  defaultSizeGb?: number;
}

/** The AMI decides the root volume; without reading it, AWS's common default is 8 GB gp2. */
export const DEFAULT_ROOT_GB = 8;
/** EC2's volume type when a block device does not name one. */
const DEFAULT_VOLUME_TYPE = "gp2";
/** Root device of Amazon Linux and Bottlerocket AMIs (/dev/xvda) and of Ubuntu, RHEL, Windows (/dev/sda1). */
export const ROOT_DEVICE_NAMES: ReadonlySet<string> = new Set(["/dev/xvda", "/dev/sda1"]);

export function deviceSettings(block: Attributes): DeviceSettings {
  const settings: DeviceSettings = {};
  for (const field of FIELDS) if (block.has(field)) settings[field] = block.raw(field);
  return settings;
}

/** Field by field, what `top` sets wins over `base` (an instance over its launch template). */
export function overlaySettings(base: DeviceSettings | undefined, top: DeviceSettings | undefined): DeviceSettings {
  return { ...base, ...top };
}

/**
 * The components of each device, multiplied by the number of instances. A device whose
 * size or type is unknown becomes one unknown component; the others are still priced.
 */
export function blockDeviceComponents(region: string, devices: readonly BlockDevice[], count: number, monthlyIoRequests?: number): ComponentSpec[] {
  return devices.flatMap((device) => {
    try {
      return timesCount(ebsVolumeComponents(region, volumeOf(device), device.subresource, monthlyIoRequests), count);
    } catch (err) {
      if (!(err instanceof UnknownInput)) throw err;
      return [{ name: "Storage", unit: "GB", unknown: err.message, subresource: device.subresource }];
    }
  });
}

function volumeOf(device: BlockDevice) {
  const a = new Attributes(device.settings as AttrObject, `${device.subresource} `);
  const sizeGb = a.number("volume_size") ?? device.defaultSizeGb;
  // Without a size, the volume takes its snapshot's (or the AMI's) size, which only AWS knows.
  if (sizeGb === undefined) throw new UnknownInput(`${device.subresource} volume_size`, a.has("snapshot_id") ? "taken from the snapshot" : "not set");
  return { type: a.string("volume_type") ?? DEFAULT_VOLUME_TYPE, sizeGb, iops: a.number("iops"), throughput: a.number("throughput") };
}
