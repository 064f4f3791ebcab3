import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";
import { gap, noBundledPrice, unitPrices } from "./usage-fixture-helpers.js";

/**
 * aws.amazon.com/kms/pricing: $1 per customer managed key a month; $0.03 per 10,000 requests,
 * $0.03 for RSA 2048 keys, $0.15 for other asymmetric keys. The usagetype prefix is the region code.
 */
const KMS: PriceRow[] = (["us-east-1", "eu-west-1"] as const).flatMap((region): PriceRow[] => [
  { service: "awskms", region, productFamily: "Encryption Key", unit: "Keys", price: "1", attributes: { usagetype: `${region}-KMS-Keys` } },
  { service: "awskms", region, productFamily: "API Request", unit: "Requests", price: "0.000003", attributes: { usagetype: `${region}-KMS-Requests` } },
  { service: "awskms", region, productFamily: "API Request", unit: "Requests", price: "0.000003", attributes: { usagetype: `${region}-KMS-Requests-Asymmetric-RSA_2048` } },
  { service: "awskms", region, productFamily: "API Request", unit: "Requests", price: "0.000015", attributes: { usagetype: `${region}-KMS-Requests-Asymmetric` } },
]);

describe("aws_kms_key", () => {
  it("costs $1 a month plus symmetric requests from usage", async () => {
    const breakdown = await estimateFixture("aws_kms_key");
    expect(costs(breakdown, "aws_kms_key.data")).toEqual([
      ["Customer managed key", "1"],
      ["Requests", "7.5"], // 2.5M / 10k = 250 x 0.03
    ]);
  });

  it("bills asymmetric keys' requests at the asymmetric rate", async () => {
    const breakdown = await estimateFixture("aws_kms_key");
    expect(costs(breakdown, "aws_kms_key.signing")).toEqual([
      ["Customer managed key", "1"],
      ["Requests (asymmetric)", "0.6"], // ECC_NIST_P256: 40k / 10k = 4 x 0.15
    ]);
  });

  it("shows RSA 2048 requests' own rate, which only the live price list has", async () => {
    const live = await estimateFixture("aws_kms_key", { prices: priceTable(KMS) });
    expect(unitPrices(live, "aws_kms_key.legacy_rsa")).toEqual([
      ["Customer managed key", "1"],
      ["Requests (RSA 2048)", "0.03"],
    ]);
    const snapshot = await estimateFixture("aws_kms_key");
    expect(gap(snapshot, "aws_kms_key.legacy_rsa", "Requests (RSA 2048)")).toBe(
      noBundledPrice("KMS-Requests-Asymmetric-RSA_2048 (awskms, API Request)", "us-east-1"),
    );
  });

  it("matches the region-code usagetype prefix in eu-west-1", async () => {
    const breakdown = await estimateFixture("aws_kms_key", { prices: priceTable(KMS) });
    expect(costs(breakdown, "aws_kms_key.eu_data")).toEqual([
      ["Customer managed key", "1"], // eu-west-1-KMS-Keys
      ["Requests", "0.3"], // 100k / 10k = 10 x 0.03
    ]);
  });
});
