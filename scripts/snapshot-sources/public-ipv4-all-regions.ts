import type { PriceRecord, SnapshotSourceInfo } from "../../src/pricing/price-record.js";
import { REGIONS } from "../../src/pricing/regions.js";
import { flat, record, usagetype } from "./kit.js";

/**
 * AWS charges $0.005 per hour for every public IPv4 address it provides, in use or idle, in
 * every commercial region, since 2024-02-01 (AWS "New – AWS Public IPv4 Address Charge",
 * 2023-07-28, and the Amazon VPC pricing page). The shared tables have this price for
 * us-east-1 only; it is the same everywhere, so it is recorded here for the other commercial
 * regions. GovCloud and China are separate partitions with their own price lists: not included.
 */
export const PUBLIC_IPV4_SOURCE: SnapshotSourceInfo = {
  id: "aws-public-ipv4-2024",
  kind: "snapshot",
  label: "AWS public IPv4 address charge, same in every commercial region",
  asOf: "2024-02-01",
  currency: "USD",
  url: "https://aws.amazon.com/vpc/pricing/",
  license: "n/a: a price AWS states publicly, no upstream data file",
};

const HOURLY = "0.005";

export function publicIpv4AllRegions(): { sources: SnapshotSourceInfo[]; records: PriceRecord[] } {
  const regions = Object.entries(REGIONS)
    .filter(([code, info]) => info.currency === "USD" && code !== "us-east-1" && !code.startsWith("us-gov-"))
    .map(([code]) => code);
  const records = regions.flatMap((region) =>
    ["PublicIPv4:InUseAddress", "PublicIPv4:IdleAddress"].map((suffix) =>
      record({
        service: "AmazonVPC",
        region,
        productFamily: "",
        attributes: { usagetype: usagetype(region, suffix, "prefixed") },
        unit: "Hrs",
        tiers: flat(HOURLY),
        source: PUBLIC_IPV4_SOURCE.id,
        description: "$0.005 per public IPv4 address-hour (in use or idle), uniform across commercial regions",
      }),
    ),
  );
  return { sources: [PUBLIC_IPV4_SOURCE], records };
}
