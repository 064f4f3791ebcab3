import { UnknownInput, type Attributes } from "../../attributes.js";
import type { ResourceView } from "../../resource-view.js";
import { deviceSettings, overlaySettings, ROOT_DEVICE_NAMES, type BlockDevice } from "./block-devices.js";

/**
 * What an EC2 instance is launched with, read from an instance, a launch template or a
 * launch configuration. Unset fields stay undefined so a more specific source can fill them
 * and the model applies AWS's default once.
 */
export interface LaunchSpec {
  instanceType?: string;
  /** default, dedicated or host. */
  tenancy?: string;
  monitoring?: Setting<boolean>;
  /** `standard` or `unlimited` (T instances). */
  cpuCredits?: string;
  publicIpv4?: Setting<boolean>;
  spot?: boolean;
  /** The AMI's root device (a launch template maps it by name, see ROOT_DEVICE_NAMES). */
  root?: BlockDevice;
  /** Other EBS devices by device name. */
  devices: Map<string, BlockDevice>;
}

/** A setting that drives one component: when unknown, only that component is (the rest is priced). */
export type Setting<T> = T | { unknown: string };

export function setting<T>(read: () => T): Setting<T> {
  try {
    return read();
  } catch (err) {
    if (err instanceof UnknownInput) return { unknown: err.message };
    throw err;
  }
}

/** Why a launch template or configuration cannot be read: it is not followed from here. */
export function notInConfiguration(attribute: string, what = "launch template"): UnknownInput {
  return new UnknownInput(attribute, `the ${what} is not a resource in this configuration (Costgate follows references such as aws_launch_template.app.id, and literal names of templates declared here)`);
}

/**
 * The template a `launch_template { id | name }` block refers to, when it is a resource of this
 * configuration: through a reference (`aws_launch_template.app.id`), or by the literal name
 * of the one `aws_launch_template` with that `name`.
 */
export function referencedTemplate(r: ResourceView, reference: Attributes | undefined, keys: readonly [string, string] = ["id", "name"]): ResourceView | undefined {
  if (!reference) return undefined;
  return r.lookup(reference.ref(keys[0])) ?? r.lookup(reference.ref(keys[1])) ?? r.findByAttribute("aws_launch_template", "name", literal(reference, keys[1]));
}

/** A value written as a plain string in configuration (an unknown reads as none). */
function literal(block: Attributes, name: string): string | undefined {
  const value = block.raw(name);
  return typeof value === "string" ? value : undefined;
}

/** `aws_launch_template` (also the shape of `aws_eks_node_group`'s and the ASG's templates). */
export function launchTemplateSpec(lt: Attributes): LaunchSpec {
  const spec: LaunchSpec = {
    instanceType: lt.string("instance_type"),
    tenancy: lt.block("placement")?.string("tenancy"),
    monitoring: setting(() => lt.block("monitoring")?.bool("enabled")),
    cpuCredits: lt.block("credit_specification")?.string("cpu_credits"),
    // A string in the provider ("true"/"false"); the reader converts it.
    publicIpv4: setting(() => lt.block("network_interfaces")?.bool("associate_public_ip_address")),
    spot: marketIsSpot(lt),
    devices: new Map(),
  };
  for (const mapping of lt.blocks("block_device_mappings")) {
    const ebs = mapping.block("ebs");
    const name = mapping.string("device_name", "unnamed");
    // Instance-store (virtual_name) and no_device mappings add no EBS volume.
    if (!ebs) continue;
    const device = { subresource: `block_device_mappings (${name})`, settings: deviceSettings(ebs) };
    if (ROOT_DEVICE_NAMES.has(name) && !spec.root) spec.root = { ...device, subresource: "root_block_device" };
    else spec.devices.set(name, device);
  }
  return spec;
}

/** `aws_launch_configuration`: its own names for the same settings. */
export function launchConfigurationSpec(lc: Attributes): LaunchSpec {
  const root = lc.block("root_block_device");
  return {
    instanceType: lc.string("instance_type"),
    tenancy: lc.string("placement_tenancy"),
    // Launch configurations turn detailed monitoring on unless told otherwise.
    monitoring: setting(() => lc.bool("enable_monitoring", true)),
    publicIpv4: setting(() => lc.bool("associate_public_ip_address")),
    // A spot_price makes every instance of the group a spot request.
    spot: lc.has("spot_price"),
    root: root ? { subresource: "root_block_device", settings: deviceSettings(root) } : undefined,
    devices: ebsBlockDevices(lc),
  };
}

/** `aws_instance`: its own settings over its launch template's (instance attributes win). */
export function instanceSpec(instance: Attributes, template: LaunchSpec | undefined): LaunchSpec {
  const own: LaunchSpec = {
    instanceType: instance.string("instance_type"),
    tenancy: instance.string("tenancy"),
    monitoring: setting(() => instance.bool("monitoring")),
    cpuCredits: instance.block("credit_specification")?.string("cpu_credits"),
    publicIpv4: setting(() => instance.bool("associate_public_ip_address")),
    spot: marketIsSpot(instance),
    devices: ebsBlockDevices(instance),
  };
  if (!template) return { ...own, root: rootOf(instance) };
  const devices = new Map(template.devices);
  // Block devices merge by device name, field by field.
  for (const [name, device] of own.devices) devices.set(name, { ...device, settings: overlaySettings(devices.get(name)?.settings, device.settings) });
  const root = rootOf(instance);
  return {
    instanceType: own.instanceType ?? template.instanceType,
    tenancy: own.tenancy ?? template.tenancy,
    monitoring: own.monitoring ?? template.monitoring,
    cpuCredits: own.cpuCredits ?? template.cpuCredits,
    publicIpv4: own.publicIpv4 ?? template.publicIpv4,
    spot: own.spot || template.spot,
    root: root || template.root ? { subresource: "root_block_device", settings: overlaySettings(template.root?.settings, root?.settings) } : undefined,
    devices,
  };
}

/** Every EBS device of the spec, the root one first (AWS's default root volume when none is set). */
export function specDevices(spec: LaunchSpec, defaultRootGb: number): BlockDevice[] {
  const root = spec.root ?? { subresource: "root_block_device", settings: {} };
  return [{ ...root, defaultSizeGb: defaultRootGb }, ...spec.devices.values()];
}

function rootOf(a: Attributes): BlockDevice | undefined {
  const root = a.block("root_block_device");
  return root ? { subresource: "root_block_device", settings: deviceSettings(root) } : undefined;
}

function ebsBlockDevices(a: Attributes): Map<string, BlockDevice> {
  const devices = new Map<string, BlockDevice>();
  for (const device of a.blocks("ebs_block_device")) {
    const name = device.string("device_name", "unnamed");
    devices.set(name, { subresource: `ebs_block_device (${name})`, settings: deviceSettings(device) });
  }
  return devices;
}

function marketIsSpot(a: Attributes): boolean | undefined {
  const market = a.block("instance_market_options");
  return market ? market.string("market_type", "spot") === "spot" : undefined;
}

