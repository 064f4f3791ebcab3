import type { ResourceInstance } from "../terraform/resource-instance.js";
import type { ResourceRef } from "../terraform/unknown.js";
import { Attributes } from "./attributes.js";
import type { UsageReader } from "./usage-reader.js";

/** What a cost model sees of one resource instance: its attributes, region, usage and neighbours. */
export class ResourceView extends Attributes {
  constructor(
    readonly instance: ResourceInstance,
    /** The resolved region (an unknown region never reaches a model). */
    readonly region: string,
    readonly usage: UsageReader,
    private readonly resolve: (ref: ResourceRef) => ResourceView | undefined,
  ) {
    super(instance.attributes);
  }

  get address(): string {
    return this.instance.address;
  }

  get type(): string {
    return this.instance.type;
  }

  /** The resource a provider-computed reference points at (a launch template from its `id`). */
  lookup(ref: ResourceRef | undefined): ResourceView | undefined {
    return ref ? this.resolve(ref) : undefined;
  }
}
