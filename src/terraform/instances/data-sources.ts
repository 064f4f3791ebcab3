import { Unknown } from "../unknown.js";
import type { Value } from "../value.js";

const ACCOUNT_ID = "123456789012";

/** `us-east-1` -> `use1`, `ap-southeast-2` -> `apse2`: the prefix of AWS zone IDs. */
function zoneIdPrefix(region: string): string {
  const parts = region.split("-");
  const short: Record<string, string> = { north: "n", south: "s", east: "e", west: "w", central: "c", northeast: "ne", northwest: "nw", southeast: "se", southwest: "sw", gov: "g" };
  return parts[0] + parts.slice(1, -1).map((p) => short[p] ?? p[0]).join("") + parts[parts.length - 1];
}

/**
 * Data sources whose answer Costgate can give without calling AWS: the provider's region,
 * three availability zones, a placeholder account, the `aws` partition. Every other data
 * source reads as unknown (only configured arguments are known).
 */
export function builtinDataSource(type: string, region: string | Unknown): Record<string, Value> | undefined {
  const regional = (f: (r: string) => Value): Value => (typeof region === "string" ? f(region) : region);
  switch (type) {
    case "aws_region":
      return {
        name: regional((r) => r),
        region: regional((r) => r),
        id: regional((r) => r),
        // The display name ("Europe (Ireland)") comes from the provider's endpoint data.
        description: new Unknown("the region's display name is not known to Costgate"),
      };
    case "aws_availability_zones":
      return {
        id: regional((r) => r),
        names: regional((r) => ["a", "b", "c"].map((z) => `${r}${z}`)),
        zone_ids: regional((r) => [1, 2, 3].map((n) => `${zoneIdPrefix(r)}-az${n}`)),
      };
    case "aws_caller_identity":
      return { id: ACCOUNT_ID, account_id: ACCOUNT_ID, arn: `arn:aws:iam::${ACCOUNT_ID}:user/costgate`, user_id: "AIDACOSTGATEEXAMPLE" };
    case "aws_partition": {
      const partition = typeof region !== "string" ? "aws" : region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
      const dns = partition === "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";
      return { id: partition, partition, dns_suffix: dns, reverse_dns_prefix: dns.split(".").reverse().join(".") };
    }
    default:
      return undefined;
  }
}
