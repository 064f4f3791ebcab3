import { UNITS } from "../../pricing/units.js";
import { dec } from "../../shared/decimal.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import { usagetype } from "./shared/price-helpers.js";
import { usageComponent } from "./shared/usage-component.js";

const secretsQuery = (region: string, productFamily: string, suffix: string) => ({ service: "AWSSecretsManager", region, productFamily, attributes: [usagetype(suffix)] });

/** $0.40 per secret a month; each replica is a secret of its own, billed in its region. */
export const awsSecretsmanagerSecret: ResourceModel = {
  type: "aws_secretsmanager_secret",
  usage: {
    monthly_requests: { type: "number", description: "API requests to the secret a month (GetSecretValue...)", example: 100_000 },
  },
  build(r) {
    const components: ComponentSpec[] = [
      { name: "Secret", unit: "months", monthlyQuantity: dec(1), price: secretsQuery(r.region, "Secret", "AWSSecretsManager-Secrets"), priceUnit: UNITS.SECRETS },
    ];
    for (const replica of r.blocks("replica")) {
      const region = replica.string("region");
      components.push(
        region === undefined
          ? { name: "Replica secret", unit: "months", unknown: "replica region is not set" }
          : { name: `Replica secret (${region})`, unit: "months", monthlyQuantity: dec(1), price: secretsQuery(region, "Secret", "AWSSecretsManager-Secrets"), priceUnit: UNITS.SECRETS },
      );
    }
    components.push(
      usageComponent({ name: "API requests", unit: "10k requests", count: r.usage.number("monthly_requests"), per: 10_000, price: secretsQuery(r.region, "API Request", "AWSSecretsManagerAPIRequest"), priceUnit: UNITS.REQUESTS }),
    );
    return components;
  },
};
