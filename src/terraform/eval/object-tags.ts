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
  | { kind: "namespace"; missing(name: string, range: SourceRange, ctx: EvalContext): Value };

const tags = new WeakMap<object, ObjectTag>();

export function tagObject<T extends object>(obj: T, tag: ObjectTag): T {
  tags.set(obj, tag);
  return obj;
}

export function objectTag(obj: object): ObjectTag | undefined {
  return tags.get(obj);
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
