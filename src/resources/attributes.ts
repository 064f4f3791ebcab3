import { isAttrObject, type AttrObject, type AttrValue } from "../terraform/attr-value.js";
import { Unknown, type ResourceRef } from "../terraform/unknown.js";

/**
 * Thrown by a reader when a value a cost model needs is unknown. The estimate turns it into
 * an "unknown" resource (or component) with this reason; a model never guesses instead.
 */
export class UnknownInput extends Error {
  constructor(readonly attribute: string, readonly reason: string) {
    super(`${attribute} is unknown: ${reason}`);
    this.name = "UnknownInput";
  }
}

/**
 * Typed reads of evaluated attributes (a resource's or a nested block's). Absent and null
 * read as "not set" (the model applies Terraform's default); Unknown throws `UnknownInput`.
 * Numbers and booleans written as strings ("100", "true") are converted as the provider would.
 */
export class Attributes {
  constructor(
    protected readonly values: AttrObject,
    /** Prefix for messages, e.g. "root_block_device[0]." */
    protected readonly path = "",
  ) {}

  /** Set to a non-null value (known or not). */
  has(name: string): boolean {
    const v = this.values[name];
    return v !== undefined && v !== null;
  }

  raw(name: string): AttrValue | undefined {
    return this.values[name];
  }

  string(name: string): string | undefined;
  string(name: string, fallback: string): string;
  string(name: string, fallback?: string): string | undefined {
    const v = this.known(name);
    if (v === undefined) return fallback;
    if (typeof v === "string") return v;
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    throw new UnknownInput(this.path + name, `expected a string, got ${describe(v)}`);
  }

  number(name: string): number | undefined;
  number(name: string, fallback: number): number;
  number(name: string, fallback?: number): number | undefined {
    const v = this.known(name);
    if (v === undefined) return fallback;
    if (typeof v === "number") return v;
    if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
    throw new UnknownInput(this.path + name, `expected a number, got ${describe(v)}`);
  }

  bool(name: string): boolean | undefined;
  bool(name: string, fallback: boolean): boolean;
  bool(name: string, fallback?: boolean): boolean | undefined {
    const v = this.known(name);
    if (v === undefined) return fallback;
    if (typeof v === "boolean") return v;
    if (v === "true" || v === "false") return v === "true";
    throw new UnknownInput(this.path + name, `expected a bool, got ${describe(v)}`);
  }

  /** A list or set attribute; its elements may be unknown, its length is known. [] when unset. */
  list(name: string): AttrValue[] {
    const v = this.known(name);
    if (v === undefined) return [];
    if (Array.isArray(v)) return v;
    throw new UnknownInput(this.path + name, `expected a list, got ${describe(v)}`);
  }

  /** Nested blocks of one type (`ebs_block_device`), in order. [] when there are none. */
  blocks(name: string): Attributes[] {
    return this.list(name).map((item, i) => {
      const itemPath = `${this.path}${name}[${i}]`;
      if (item instanceof Unknown) throw new UnknownInput(itemPath, item.reason);
      if (!isAttrObject(item)) throw new UnknownInput(itemPath, `expected a block, got ${describe(item)}`);
      return new Attributes(item, `${itemPath}.`);
    });
  }

  /** The first block of a type, for blocks Terraform allows at most once. */
  block(name: string): Attributes | undefined {
    return this.blocks(name)[0];
  }

  /** The resource an attribute points at when its value is a provider-computed reference. */
  ref(name: string): ResourceRef | undefined {
    const v = this.values[name];
    return v instanceof Unknown ? v.ref : undefined;
  }

  private known(name: string): Exclude<AttrValue, Unknown | null> | undefined {
    const v = this.values[name];
    if (v === undefined || v === null) return undefined;
    if (v instanceof Unknown) throw new UnknownInput(this.path + name, v.reason);
    return v;
  }
}

function describe(v: AttrValue): string {
  if (Array.isArray(v)) return "a list";
  if (v instanceof Unknown) return "an unknown value";
  if (typeof v === "object" && v !== null) return "an object";
  return JSON.stringify(v);
}
