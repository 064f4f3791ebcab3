import { describePriceSource, PriceNotFound, type Price, type PriceSource } from "../pricing/price.js";
import type { PriceQuery } from "../pricing/price-query.js";
import { sameUnit } from "../pricing/units.js";
import { UnknownInput } from "../resources/attributes.js";
import { isUnknownComponent, type ComponentSpec } from "../resources/cost-component.js";
import { pricingFor } from "../resources/model-registry.js";
import { ResourceView } from "../resources/resource-view.js";
import { UsageReader } from "../resources/usage-reader.js";
import { sum, ZERO } from "../shared/decimal.js";
import type { Diagnostic } from "../terraform/diagnostic.js";
import type { Project } from "../terraform/project.js";
import type { ResourceInstance } from "../terraform/resource-instance.js";
import { Unknown, type ResourceRef } from "../terraform/unknown.js";
import { displayUnitPrice, monthlyCost, monthlyQuantity } from "./apply-price.js";
import type { PricedComponent, ProjectBreakdown, ResourceCost } from "./breakdown-types.js";
import { EMPTY_USAGE, usageFor, type UsageFile } from "./usage-file.js";

/** Anything that turns a price query into a price (the pricing service, a test double). */
export interface PriceLookup {
  price(query: PriceQuery): Promise<Price>;
}

/** A module call whose source could not be fetched: its resources are unknown. */
export interface UnresolvedModule {
  address: string;
  reason: string;
  file: string;
  line: number;
}

export interface EstimateInput {
  project: Pick<Project, "name" | "path">;
  instances: ResourceInstance[];
  unresolvedModules?: UnresolvedModule[];
  usage?: UsageFile;
  diagnostics?: Diagnostic[];
  prices: PriceLookup;
}

/**
 * Prices every managed resource instance of one project. Each resource ends in exactly one
 * state (priced, free, unsupported, unknown) and nothing unknown is counted as $0.
 * Failures other than a missing price (network, credentials) reject: they are the
 * estimate's failure, not a resource's.
 */
export async function estimateProject(input: EstimateInput): Promise<ProjectBreakdown> {
  const managed = input.instances.filter((i) => i.mode === "managed");
  const byAddress = new Map(managed.map((i) => [i.address, i]));
  const usage = input.usage ?? EMPTY_USAGE;
  const sources = new Map<string, PriceSource>();
  const view = (instance: ResourceInstance, region: string): ResourceView =>
    new ResourceView(instance, region, new UsageReader(usageFor(usage, instance.address, instance.type)), {
      resolve: (ref: ResourceRef) => {
        const target = byAddress.get(ref.address);
        return target ? view(target, typeof target.region === "string" ? target.region : region) : undefined;
      },
      withAttribute: (type, attribute, value) =>
        managed.filter((i) => i.type === type && i.attributes[attribute] === value).map((i) => view(i, typeof i.region === "string" ? i.region : region)),
      referencing: (type, attribute, address) =>
        managed
          .filter((i) => {
            const v = i.attributes[attribute];
            return i.type === type && v instanceof Unknown && v.ref?.address === address;
          })
          .map((i) => view(i, typeof i.region === "string" ? i.region : region)),
    });

  const priced = await Promise.all(managed.map((instance) => costOf(instance, view, input.prices, sources)));
  const unresolved = (input.unresolvedModules ?? []).map(unresolvedModuleCost);
  const resources = [...priced, ...unresolved].sort((a, b) => compareAddresses(a.address, b.address));
  return {
    name: input.project.name,
    path: input.project.path,
    totalMonthlyCost: sum(resources.map((r) => r.monthlyCost ?? ZERO)),
    resources,
    diagnostics: input.diagnostics ?? [],
    priceSources: [...sources.values()].sort((a, b) => a.label.localeCompare(b.label)),
  };
}

async function costOf(
  instance: ResourceInstance,
  view: (i: ResourceInstance, region: string) => ResourceView,
  prices: PriceLookup,
  sources: Map<string, PriceSource>,
): Promise<ResourceCost> {
  const base = {
    address: instance.address,
    type: instance.type,
    region: typeof instance.region === "string" ? instance.region : null,
    file: instance.file,
    line: instance.line,
    countUnknown: instance.countUnknown,
  };
  const treatment = pricingFor(instance.type);
  if (treatment.kind === "free") return { ...base, status: "free", reason: null, monthlyCost: ZERO, components: [] };
  if (treatment.kind === "unsupported") {
    return { ...base, status: "unsupported", reason: `${instance.type} is not priced by Costgate yet`, monthlyCost: null, components: [] };
  }
  if (instance.region instanceof Unknown) {
    return { ...base, status: "unknown", reason: `region is unknown: ${instance.region.reason}`, monthlyCost: null, components: [] };
  }
  let specs: ComponentSpec[];
  try {
    specs = treatment.model.build(view(instance, instance.region));
  } catch (err) {
    if (err instanceof UnknownInput) return { ...base, status: "unknown", reason: err.message, monthlyCost: null, components: [] };
    throw err;
  }
  const components = await Promise.all(specs.map((spec) => priceComponent(spec, prices, sources)));
  // A usage-based price that is missing while no usage is given changes nothing: it would count 0 anyway.
  const unknown = components.filter((c) => c.unknownReason !== null && !(c.usageBased && c.monthlyQuantity === null));
  const known = components.filter((c) => c.monthlyCost !== null);
  return {
    ...base,
    status: unknown.length > 0 ? "unknown" : "priced",
    reason: unknown.length > 0 ? unknown.map((c) => `${c.name}: ${c.unknownReason}`).join("; ") : null,
    monthlyCost: known.length > 0 || unknown.length === 0 ? sum(known.map((c) => c.monthlyCost!)) : null,
    components,
  };
}

async function priceComponent(spec: ComponentSpec, prices: PriceLookup, sources: Map<string, PriceSource>): Promise<PricedComponent> {
  const base = { name: spec.name, subresource: spec.subresource ?? null, unit: spec.unit, usageBased: spec.usageBased ?? false };
  if (isUnknownComponent(spec)) {
    return { ...base, monthlyQuantity: null, price: null, monthlyCost: null, priceSource: "", unknownReason: spec.unknown };
  }
  let price: Price;
  try {
    price = await prices.price(spec.price);
  } catch (err) {
    if (err instanceof PriceNotFound) {
      return { ...base, monthlyQuantity: monthlyQuantity(spec), price: null, monthlyCost: null, priceSource: "", unknownReason: err.message };
    }
    throw err;
  }
  const quantity = monthlyQuantity(spec);
  if (spec.priceUnit !== undefined && !sameUnit(spec.priceUnit, price.unit)) {
    const reason = `the price found is per ${price.unit}, expected per ${spec.priceUnit} (${describePriceSource(price.source)})`;
    return { ...base, monthlyQuantity: quantity, price: null, monthlyCost: null, priceSource: "", unknownReason: reason };
  }
  sources.set(`${price.source.kind}|${price.source.label}|${price.source.asOf}`, price.source);
  const priced = quantity === null ? null : monthlyCost(quantity, price, spec.unitMultiplier);
  const lastTier = price.tiers.at(-1);
  return {
    ...base,
    monthlyQuantity: quantity,
    price: displayUnitPrice(price, spec.unitMultiplier),
    monthlyCost: priced?.beyondTiers ? null : (priced?.cost ?? null),
    priceSource: describePriceSource(price.source),
    unknownReason: priced?.beyondTiers
      ? `the price data ends at ${lastTier!.to!.toString()} ${price.unit} and ${priced.beyondTiers.toString()} more would be billed at a rate it does not have (${describePriceSource(price.source)})`
      : null,
  };
}

function unresolvedModuleCost(m: UnresolvedModule): ResourceCost {
  return {
    address: m.address,
    type: "module",
    region: null,
    file: m.file,
    line: m.line,
    status: "unknown",
    reason: m.reason,
    monthlyCost: null,
    countUnknown: false,
    components: [],
  };
}

/** Address order with numeric indexes in numeric order (`web[2]` before `web[10]`). */
export function compareAddresses(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}
