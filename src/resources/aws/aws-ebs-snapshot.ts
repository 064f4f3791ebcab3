import { dec } from "../../shared/decimal.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { usagetype } from "./shared/price-helpers.js";

const USAGE = {
  monthly_gb: { type: "number", description: "GB the snapshot stores (incremental: only the blocks that changed)", example: 50 },
} as const;

/** `aws_ebs_snapshot`: storage of one snapshot, standard or archive tier. */
export const awsEbsSnapshot: ResourceModel = {
  type: "aws_ebs_snapshot",
  usage: USAGE,
  build: (r) => [snapshotStorage(r, sourceVolume(r))],
};

/** `aws_ebs_snapshot_copy`: a full copy of its source snapshot, billed like a snapshot. */
export const awsEbsSnapshotCopy: ResourceModel = {
  type: "aws_ebs_snapshot_copy",
  usage: USAGE,
  build(r) {
    const source = r.lookup(r.ref("source_snapshot_id"));
    return [snapshotStorage(r, source && sourceVolume(source))];
  },
};

function sourceVolume(snapshot: ResourceView): ResourceView | undefined {
  return snapshot.lookup(snapshot.ref("volume_id"));
}

function snapshotStorage(r: ResourceView, volume: ResourceView | undefined) {
  // Snapshots are created in the standard tier unless storage_tier says archive.
  const archive = r.string("storage_tier", "standard") === "archive";
  // Usage wins; else the volume's size, the most a first snapshot can store (an archived
  // snapshot is a full copy); a volume outside the configuration leaves it to usage.
  const gb = r.usage.number("monthly_gb") ?? volume?.number("size");
  return {
    name: archive ? "Snapshot storage (archive)" : "Snapshot storage",
    unit: "GB",
    monthlyQuantity: gb === undefined ? null : dec(gb),
    usageBased: true,
    price: {
      service: "AmazonEC2",
      region: r.region,
      productFamily: "Storage Snapshot",
      attributes: [usagetype(archive ? "EBS:SnapshotArchiveStorage" : "EBS:SnapshotUsage")],
    },
    priceUnit: "GB-Mo",
  };
}
