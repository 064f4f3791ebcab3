import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";
import { gap, resourceOf } from "./usage-fixture-helpers.js";

/** aws.amazon.com/secrets-manager/pricing: $0.40 per secret (replicas included) a month in us-east-1, us-west-2 and eu-west-1. */
const SECRETS: PriceRow[] = [
  { service: "AWSSecretsManager", productFamily: "Secret", unit: "Secrets", price: "0.40", attributes: { usagetype: "USE1-AWSSecretsManager-Secrets" } },
  { service: "AWSSecretsManager", region: "us-west-2", productFamily: "Secret", unit: "Secrets", price: "0.40", attributes: { usagetype: "USW2-AWSSecretsManager-Secrets" } },
  { service: "AWSSecretsManager", region: "eu-west-1", productFamily: "Secret", unit: "Secrets", price: "0.40", attributes: { usagetype: "EU-AWSSecretsManager-Secrets" } },
  { service: "AWSSecretsManager", productFamily: "API Request", unit: "API Requests", price: "0.000005", attributes: { usagetype: "USE1-AWSSecretsManagerAPIRequest" } },
];

describe("aws_secretsmanager_secret", () => {
  it("costs $0.40 a month plus API requests from usage", async () => {
    const breakdown = await estimateFixture("aws_secretsmanager_secret");
    expect(costs(breakdown, "aws_secretsmanager_secret.db")).toEqual([
      ["Secret", "0.4"],
      ["API requests", "1.25"], // 250k / 10k = 25 x 0.05
    ]);
  });

  it("bills each replica as a secret in its own region", async () => {
    const live = await estimateFixture("aws_secretsmanager_secret", { prices: priceTable(SECRETS) });
    expect(costs(live, "aws_secretsmanager_secret.stripe")).toEqual([
      ["Secret", "0.4"],
      ["Replica secret (us-west-2)", "0.4"],
      ["Replica secret (eu-west-1)", "0.4"],
      ["API requests", null],
    ]);
    const snapshot = await estimateFixture("aws_secretsmanager_secret");
    expect(gap(snapshot, "aws_secretsmanager_secret.stripe", "Replica secret (us-west-2)")).toBe(
      "no bundled price for AWSSecretsManager-Secrets (AWSSecretsManager, Secret) in us-west-2 (the bundled snapshot has no AWSSecretsManager prices for us-west-2); configure AWS credentials for live prices",
    );
    expect(resourceOf(snapshot, "aws_secretsmanager_secret.stripe")).toMatchObject({ status: "unknown" });
  });
});
