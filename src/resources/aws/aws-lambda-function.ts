import { equals, type PriceQuery } from "../../pricing/price-query.js";
import { UNITS } from "../../pricing/units.js";
import { dec, type Decimal } from "../../shared/decimal.js";
import { Unknown } from "../../terraform/unknown.js";
import { UnknownInput } from "../attributes.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { usagetype } from "./shared/price-helpers.js";
import { usageComponent } from "./shared/usage-component.js";

/** Terraform's defaults: 128 MB of memory, 512 MB of /tmp (included in the price). */
const DEFAULT_MEMORY_MB = 128;
const INCLUDED_EPHEMERAL_MB = 512;

export const awsLambdaFunction: ResourceModel = {
  type: "aws_lambda_function",
  usage: {
    monthly_requests: { type: "number", description: "Requests (invocations) a month", example: 1_000_000 },
    request_duration_ms: { type: "number", description: "Average duration of a request in milliseconds", example: 250 },
  },
  // Duration tiers (6B / 9B / over 15B GB-seconds on x86) come with the price and apply to the whole month.
  build(r) {
    const arch = architecture(r);
    const memoryMb = r.number("memory_size", DEFAULT_MEMORY_MB);
    const ephemeralMb = r.block("ephemeral_storage")?.number("size") ?? INCLUDED_EPHEMERAL_MB;
    const requests = r.usage.number("monthly_requests");
    const durationMs = r.usage.number("request_duration_ms");
    const suffix = arch === "arm64" ? "-ARM" : "";
    const components: ComponentSpec[] = [
      usageComponent({ name: "Requests", unit: "1M requests", count: requests, per: 1_000_000, price: lambdaQuery(r, `AWS-Lambda-Requests${suffix}`, `Request${suffix}`), priceUnit: UNITS.REQUESTS }),
      usageComponent({
        name: `Duration (${arch}, ${memoryMb} MB)`,
        unit: "GB-seconds",
        count: gbSeconds(requests, durationMs, memoryMb),
        price: lambdaQuery(r, `AWS-Lambda-Duration${suffix}`, `Lambda-GB-Second${suffix}`),
        priceUnit: UNITS.GB_SECONDS,
      }),
    ];
    if (ephemeralMb > INCLUDED_EPHEMERAL_MB) {
      components.push(
        usageComponent({
          name: `Ephemeral storage (${ephemeralMb - INCLUDED_EPHEMERAL_MB} MB above 512 MB)`,
          unit: "GB-seconds",
          count: gbSeconds(requests, durationMs, ephemeralMb - INCLUDED_EPHEMERAL_MB),
          price: lambdaQuery(r, `AWS-Lambda-Storage-Duration${suffix}`),
          priceUnit: UNITS.GB_SECONDS,
        }),
      );
    }
    return components;
  },
};

/** `architectures = ["arm64"]` runs on Graviton, priced about 20% lower; the default is x86_64. */
export function architecture(r: ResourceView): "x86_64" | "arm64" {
  const [first] = r.list("architectures");
  if (first === undefined) return "x86_64";
  if (first === "x86_64" || first === "arm64") return first;
  throw new UnknownInput("architectures[0]", first instanceof Unknown ? first.reason : `${JSON.stringify(first)} is not x86_64 or arm64`);
}

/** GB-seconds a month: each request bills memory x its duration, rounded up to the millisecond. */
export function gbSeconds(requests: number | undefined, durationMs: number | undefined, memoryMb: number): Decimal | undefined {
  if (requests === undefined || durationMs === undefined) return undefined;
  return dec(requests).times(memoryMb).div(1024).times(Math.ceil(durationMs)).div(1000);
}

export function lambdaQuery(r: ResourceView, group: string, usage?: string): PriceQuery {
  return {
    service: "AWSLambda",
    region: r.region,
    productFamily: "Serverless",
    attributes: [equals("group", group), ...(usage ? [usagetype(usage)] : [])],
  };
}
