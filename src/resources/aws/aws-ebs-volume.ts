import { UnknownInput } from "../attributes.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { ebsVolumeComponents } from "./shared/ebs-volume.js";

export const awsEbsVolume: ResourceModel = {
  type: "aws_ebs_volume",
  usage: {
    monthly_standard_io_requests: { type: "number", description: "I/O requests a month (magnetic 'standard' volumes only)", example: 10_000_000 },
  },
  build(r) {
    const size = r.number("size") ?? snapshotVolumeSize(r);
    // Without a size the volume takes its snapshot's size, which only AWS knows.
    if (size === undefined) throw new UnknownInput("size", r.has("snapshot_id") ? "taken from the snapshot" : "not set");
    return ebsVolumeComponents(
      r.region,
      // EBS's volume type when none is given is gp2.
      { type: r.string("type", "gp2"), sizeGb: size, iops: r.number("iops"), throughput: r.number("throughput") },
      undefined,
      r.usage.number("monthly_standard_io_requests"),
    );
  },
};

/** A volume restored from a snapshot in this configuration is as large as the snapshot's volume. */
function snapshotVolumeSize(r: ResourceView): number | undefined {
  const snapshot = r.lookup(r.ref("snapshot_id"));
  return snapshot?.lookup(snapshot.ref("volume_id"))?.number("size");
}
