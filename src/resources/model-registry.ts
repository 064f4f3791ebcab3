import { AWS_MODELS } from "./aws/index.js";
import { isFreeType } from "./aws/free-types.js";
import type { ResourceModel } from "./resource-model.js";

export type Pricing = { kind: "model"; model: ResourceModel } | { kind: "free" } | { kind: "unsupported" };

const MODELS = new Map(AWS_MODELS.map((m) => [m.type, m]));

/** How a resource type is treated: priced by a model, known to be free, or not supported yet. */
export function pricingFor(type: string): Pricing {
  const model = MODELS.get(type);
  if (model) return { kind: "model", model };
  return isFreeType(type) ? { kind: "free" } : { kind: "unsupported" };
}

export function supportedTypes(): string[] {
  return [...MODELS.keys()].sort();
}
