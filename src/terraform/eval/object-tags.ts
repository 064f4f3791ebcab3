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

// A non-enumerable symbol property: invisible to Object.keys, spread and JSON, and much
// cheaper for the garbage collector than a WeakMap entry per nested block (bench/evaluate.ts).
const TAG = Symbol("costgate.objectTag");

export function tagObject<T extends object>(obj: T, tag: ObjectTag): T {
  Object.defineProperty(obj, TAG, { value: tag });
  return obj;
}

export function objectTag(obj: object): ObjectTag | undefined {
  return (obj as { [TAG]?: ObjectTag })[TAG];
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
export function lazyNamespace(params: {
  names: Iterable<string>;
  compute(name: string): Value;
  onCycle(name: string): Value;
  missing(name: string, range: SourceRange, ctx: EvalContext): Value;
}): Record<string, Value> {
  const declared = new Set(params.names);
  const values = new Map<string, Value>();
  const running = new Set<string>();
  const resolve = (name: string): Value | undefined => {
    if (!declared.has(name)) return undefined;
    if (values.has(name)) return values.get(name);
    if (running.has(name)) return params.onCycle(name);
    running.add(name);
    let value: Value;
    try {
      value = params.compute(name);
    } finally {
      running.delete(name);
    }
    values.set(name, value);
    return value;
  };
  return tagObject({} as Record<string, Value>, { kind: "namespace", resolve, missing: params.missing });
}

/** Every name of a lazy namespace, computed: so errors in unused locals are still reported. */
export function resolveAll(ns: Value, names: Iterable<string>): void {
  const tag = ns !== null && typeof ns === "object" ? objectTag(ns) : undefined;
  if (tag?.kind === "namespace" && tag.resolve) for (const n of names) tag.resolve(n);
}
