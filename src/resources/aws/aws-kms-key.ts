import { matches, type AttributeMatcher } from "../../pricing/price-query.js";
import { UNITS } from "../../pricing/units.js";
import { dec } from "../../shared/decimal.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { escapeRegex } from "./shared/price-helpers.js";
import { usageComponent } from "./shared/usage-component.js";

/** Request meters by key spec: asymmetric keys cost 5x symmetric and HMAC keys, except RSA_2048. */
function requestMeter(spec: string): { label: string; usagetype: string } {
  if (spec === "SYMMETRIC_DEFAULT" || spec.startsWith("HMAC_")) return { label: "Requests", usagetype: "KMS-Requests" };
  if (spec === "RSA_2048") return { label: "Requests (RSA 2048)", usagetype: "KMS-Requests-Asymmetric-RSA_2048" };
  return { label: "Requests (asymmetric)", usagetype: "KMS-Requests-Asymmetric" };
}

/**
 * $1 per customer managed key a month. (Automatic rotation adds $1 for each of the first two
 * rotations, from the second year on; a new key is priced as it is billed now.)
 */
export const awsKmsKey: ResourceModel = {
  type: "aws_kms_key",
  usage: {
    monthly_requests: { type: "number", description: "API requests using the key a month (Encrypt, Decrypt, GenerateDataKey, Sign...)", example: 1_000_000 },
  },
  build(r) {
    const spec = r.string("customer_master_key_spec") ?? r.string("key_spec") ?? "SYMMETRIC_DEFAULT";
    const meter = requestMeter(spec);
    return [
      { name: "Customer managed key", unit: "months", monthlyQuantity: dec(1), price: kmsQuery(r, "Encryption Key", "KMS-Keys"), priceUnit: UNITS.KEYS },
      usageComponent({ name: meter.label, unit: "10k requests", count: r.usage.number("monthly_requests"), per: 10_000, price: kmsQuery(r, "API Request", meter.usagetype), priceUnit: UNITS.REQUESTS }),
    ];
  },
};

function kmsQuery(r: ResourceView, productFamily: string, suffix: string) {
  return { service: "awskms", region: r.region, productFamily, attributes: [kmsUsagetype(suffix)] };
}

/** KMS prefixes its usagetypes with the region code (`us-east-1-KMS-Keys`), not a billing code. */
function kmsUsagetype(suffix: string): AttributeMatcher {
  return matches("usagetype", `^([a-z]{2}(-[a-z]+)+-[0-9]+-)?${escapeRegex(suffix)}$`);
}
