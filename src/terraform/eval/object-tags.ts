import type { SourceRange } from "../diagnostic.js";
import { Unknown } from "../unknown.js";
import type { Value } from "../value.js";
import type { EvalContext } from "./context.js";

/**
 * Objects the configuration layer builds for references, told apart from user objects
 * without changing their shape (they stay plain `Value` objects):
 * - a resource (or nested block of one): an attribute not set in configuration is only
 *   known after apply, so reading it gives an Unknown that points at the resource;
 * - a namespace (`var`, `local`, `module.x`...): a missing name is a configuration error
 *   with a message that says what is undeclared.
 */
export type ObjectTag =
  | { kind: "resource"; address: string; path: string }
  | {
      kind: "namespace";
      /** The value of a declared name (computed on first use), or undefined when it is not declared. */
      resolve?(name: string): Value | undefined;
      missing(name: string, range: SourceRange, ctx: EvalContext): Value;
    };

/**
 * Tags live in a side table owned by one evaluation (EvalContext.tags): a property, even a
 * non-enumerable symbol, slows every tagged object down, and a global WeakMap grows across
 * evaluations; a per-evaluation Map was the cheapest (bench/evaluate.ts).
 */
export type ObjectTags = Map<object, ObjectTag>;

export function tagObject<T extends object>(ctx: Pick<EvalContext, "tags">, obj: T, tag: ObjectTag): T {
  ctx.tags?.set(obj, tag);
  return obj;
}

export function objectTag(ctx: Pick<EvalContext, "tags">, obj: object): ObjectTag | undefined {
  return ctx.tags?.get(obj);
}

/** The value of an attribute of a resource that configuration does not set. */
export function unsetResourceAttribute(address: string, path: string): Unknown {
  return new Unknown(`${address}.${path} is known only after apply`, { address, attribute: path });
}

/**
 * Defines `name` on `obj` as computed on first read and then remembered: locals, variables,
 * resource attributes and module outputs are evaluated only when something needs them.
 */
export function defineLazy(obj: Record<string, Value>, name: string, compute: () => Value, onCycle: () => Value): void {
  let running = false;
  Object.defineProperty(obj, name, {
    enumerable: true,
    configurable: true,
    get() {
      if (running) return onCycle();
      running = true;
      let value: Value;
      try {
        value = compute();
      } finally {
        running = false;
      }
      Object.defineProperty(obj, name, { value, enumerable: true, configurable: true, writable: false });
      return value;
    },
  });
}

/**
 * A namespace whose names are computed on first use and remembered, with one resolver for all
 * names instead of a getter per name (the allocation matters: bench/evaluate.ts). Reading a
 * name while it is being computed calls `onCycle`.
 */
const RUNNING = Symbol("costgate.running");

export function lazyNamespace(ctx: Pick<EvalContext, "tags">, params: {
  /** Whether `name` is declared (a lookup in the configuration, no copy of the names). */
  has(name: string): boolean;
  compute(name: string): Value;
  onCycle(name: string): Value;
  missing(name: string, range: SourceRange, ctx: EvalContext): Value;
}): Record<string, Value> {
  let values: Map<string, Value | typeof RUNNING> | undefined;
  const resolve = (name: string): Value | undefined => {
    if (!params.has(name)) return undefined;
    values ??= new Map();
    const known = values.get(name);
    if (known === RUNNING) return params.onCycle(name);
    if (known !== undefined || values.has(name)) return known as Value;
    values.set(name, RUNNING);
    let value: Value = null;
    try {
      value = params.compute(name);
    } finally {
      values.set(name, value);
    }
    return value;
  };
  return tagObject(ctx, {} as Record<string, Value>, { kind: "namespace", resolve, missing: params.missing });
}

/** Every name of a lazy namespace, computed: so errors in unused locals are still reported. */
export function resolveAll(ctx: Pick<EvalContext, "tags">, ns: Value, names: Iterable<string>): void {
  const tag = ns !== null && typeof ns === "object" ? objectTag(ctx, ns) : undefined;
  if (tag?.kind === "namespace" && tag.resolve) for (const n of names) tag.resolve(n);
}
