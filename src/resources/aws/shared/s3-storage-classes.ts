import { UNITS } from "../../../pricing/units.js";

/**
 * What S3 bills per storage class, as Price List meters (AmazonS3 unless noted) and the usage
 * keys (Infracost's nested groups, `standard.storage_gb`) that give their monthly quantities.
 */
export interface S3Meter {
  /** Usage key inside the class's group. */
  key: string;
  name: string;
  unit: "GB" | "1k requests" | "1k objects";
  /** Unset where the Price List family was not verified: the usagetype alone identifies the meter. */
  productFamily?: string;
  /** usagetype without the region prefix. */
  usagetype: string;
  service?: string;
  volumeType?: string;
  /** The published unit, where it is known. */
  priceUnit?: string;
  description: string;
  example: number;
}

export interface S3StorageClass {
  /** Usage group, e.g. `standard_infrequent_access`. */
  group: string;
  label: string;
  meters: S3Meter[];
}

const storage = (usagetype: string, extra: Partial<S3Meter> = {}): S3Meter => ({
  key: "storage_gb",
  name: "Storage",
  unit: "GB",
  productFamily: "Storage",
  usagetype,
  priceUnit: UNITS.GB_MONTH,
  description: "Average GB stored over the month",
  example: 1000,
  ...extra,
});
const requests = (tier: 1 | 2, usagetype: string, extra: Partial<S3Meter> = {}): S3Meter => ({
  key: `monthly_tier_${tier}_requests`,
  name: tier === 1 ? "PUT, COPY, POST, LIST requests" : "GET, SELECT, and all other requests",
  unit: "1k requests",
  productFamily: "API Request",
  usagetype,
  priceUnit: UNITS.REQUESTS,
  description: tier === 1 ? "PUT, COPY, POST and LIST requests a month" : "GET, SELECT and all other requests a month",
  example: tier === 1 ? 100_000 : 1_000_000,
  ...extra,
});
const retrievals = (usagetype: string): S3Meter => ({
  key: "monthly_data_retrieval_gb",
  name: "Retrievals",
  unit: "GB",
  usagetype,
  description: "GB retrieved a month",
  example: 100,
});

export const S3_STORAGE_CLASSES: readonly S3StorageClass[] = [
  {
    group: "standard",
    label: "Standard",
    meters: [storage("TimedStorage-ByteHrs", { volumeType: "Standard" }), requests(1, "Requests-Tier1"), requests(2, "Requests-Tier2")],
  },
  {
    group: "intelligent_tiering",
    label: "Intelligent-Tiering",
    meters: [
      storage("TimedStorage-INT-FA-ByteHrs", { key: "frequent_access_storage_gb", name: "Storage (frequent access)", description: "GB in the Frequent Access tier" }),
      storage("TimedStorage-INT-IA-ByteHrs", { key: "infrequent_access_storage_gb", name: "Storage (infrequent access)", description: "GB in the Infrequent Access tier" }),
      { key: "monitored_objects", name: "Monitoring and automation", unit: "1k objects", usagetype: "Monitoring-Automation-INT", description: "Objects monitored (over 128 KB)", example: 100_000 },
      requests(1, "Requests-INT-Tier1"),
      requests(2, "Requests-INT-Tier2"),
    ],
  },
  {
    group: "standard_infrequent_access",
    label: "Standard-IA",
    meters: [storage("TimedStorage-SIA-ByteHrs"), requests(1, "Requests-SIA-Tier1"), requests(2, "Requests-SIA-Tier2"), retrievals("Retrieval-SIA")],
  },
  {
    group: "one_zone_infrequent_access",
    label: "One Zone-IA",
    meters: [storage("TimedStorage-ZIA-ByteHrs"), requests(1, "Requests-ZIA-Tier1"), requests(2, "Requests-ZIA-Tier2"), retrievals("Retrieval-ZIA")],
  },
  {
    group: "glacier_flexible_retrieval",
    label: "Glacier Flexible Retrieval",
    meters: [storage("TimedStorage-GlacierByteHrs"), requests(1, "Requests-GLACIER-Tier1"), requests(2, "Requests-GLACIER-Tier2")],
  },
  {
    group: "glacier_deep_archive",
    label: "Glacier Deep Archive",
    meters: [
      storage("TimedStorage-GDA-ByteHrs", { service: "AmazonS3GlacierDeepArchive" }),
      requests(1, "Requests-GDA-Tier1", { service: "AmazonS3GlacierDeepArchive" }),
      requests(2, "Requests-GDA-Tier2"),
    ],
  },
];
