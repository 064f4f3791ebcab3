import { equals } from "../../pricing/price-query.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel, UsageKey } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { usagetype } from "./shared/price-helpers.js";
import { S3_STORAGE_CLASSES, type S3Meter, type S3StorageClass } from "./shared/s3-storage-classes.js";
import { usageComponent } from "./shared/usage-component.js";

const PER: Record<S3Meter["unit"], number> = { GB: 1, "1k requests": 1000, "1k objects": 1000 };

/**
 * Everything S3 bills depends on usage Terraform does not declare. Standard is always listed
 * (with its unit prices when there is no usage); another storage class is listed when the
 * usage file gives any of its keys. Storage tiers (50 TB / 450 TB / over 500 TB) come with the price.
 */
export const awsS3Bucket: ResourceModel = {
  type: "aws_s3_bucket",
  usage: Object.fromEntries(
    S3_STORAGE_CLASSES.flatMap((c) => c.meters.map((m): [string, UsageKey] => [`${c.group}.${m.key}`, { type: "number", description: `${c.label}: ${m.description}`, example: m.example }])),
  ),
  build(r) {
    return S3_STORAGE_CLASSES.filter((c) => c.group === "standard" || hasUsage(r, c)).flatMap((c) => classComponents(r, c));
  },
};

function hasUsage(r: ResourceView, c: S3StorageClass): boolean {
  return c.meters.some((m) => r.usage.number(`${c.group}.${m.key}`) !== undefined);
}

function classComponents(r: ResourceView, c: S3StorageClass): ComponentSpec[] {
  return c.meters.map((m) =>
    usageComponent({
      name: m.name,
      unit: m.unit,
      count: r.usage.number(`${c.group}.${m.key}`),
      per: PER[m.unit],
      price: {
        service: m.service ?? "AmazonS3",
        region: r.region,
        ...(m.productFamily !== undefined && { productFamily: m.productFamily }),
        attributes: [usagetype(m.usagetype), ...(m.volumeType ? [equals("volumeType", m.volumeType)] : [])],
      },
      priceUnit: m.priceUnit,
      subresource: c.label,
    }),
  );
}
