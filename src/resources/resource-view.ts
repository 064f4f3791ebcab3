import type { ResourceInstance } from "../terraform/resource-instance.js";
import type { ResourceRef } from "../terraform/unknown.js";
import { Attributes } from "./attributes.js";
import type { UsageReader } from "./usage-reader.js";

/** How a view reaches the other resources of its project. */
export interface Neighbours {
  /** The instance a provider-computed reference points at. */
  resolve(ref: ResourceRef): ResourceView | undefined;
  /** Managed instances of a type whose attribute is set to this exact value in configuration. */
  withAttribute(type: string, attribute: string, value: string): ResourceView[];
  /** Managed instances of a type whose attribute is a reference to the given instance. */
  referencing(type: string, attribute: string, address: string): ResourceView[];
}

/** What a cost model sees of one resource instance: its attributes, region, usage and neighbours. */
export class ResourceView extends Attributes {
  constructor(
    readonly instance: ResourceInstance,
    /** The resolved region (an unknown region never reaches a model). */
    readonly region: string,
    readonly usage: UsageReader,
    private readonly neighbours: Neighbours,
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
    return ref ? this.neighbours.resolve(ref) : undefined;
  }

  /**
   * The one resource of a type named by a literal value (`launch_template { name = "web" }`
   * finds the `aws_launch_template` whose `name` is "web"); undefined when none or several match.
   */
  /** Resources of a type that point at this one through an attribute (`aws_eip.instance = aws_instance.web.id`). */
  referencedBy(type: string, attribute: string): ResourceView[] {
    return this.neighbours.referencing(type, attribute, this.address);
  }

  findByAttribute(type: string, attribute: string, value: string | undefined): ResourceView | undefined {
    if (value === undefined) return undefined;
    const found = this.neighbours.withAttribute(type, attribute, value);
    return found.length === 1 ? found[0] : undefined;
  }
}
