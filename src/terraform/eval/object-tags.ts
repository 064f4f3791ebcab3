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
  | { kind: "namespace"; missing(name: string, range: SourceRange, ctx: EvalContext): Value }
  | LazyNamespaceTag;

/**
 * How the names of one kind of namespace (`var`, `local`, a resource type...) are declared,
 * computed and reported: shared by every module instance, so a namespace is data, not closures.
 */
export interface NamespaceSpec<A> {
  has(arg: A, name: string): boolean;
  compute(arg: A, name: string): Value;
  onCycle(arg: A, name: string): Value;
  summary: string;
  detail(arg: A, name: string): string;
}

export interface LazyNamespaceTag {
  kind: "lazy";
  spec: NamespaceSpec<unknown>;
  arg: unknown;
  values?: Map<string, Value | typeof RUNNING>;
}

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

const RUNNING = Symbol("costgate.running");

/**
 * A namespace whose names are computed on first use and remembered. Reading a name while it
 * is being computed is a cycle (`spec.onCycle`).
 */
export function lazyNamespace<A>(ctx: Pick<EvalContext, "tags">, spec: NamespaceSpec<A>, arg: A): Record<string, Value> {
  return tagObject(ctx, {} as Record<string, Value>, { kind: "lazy", spec: spec as NamespaceSpec<unknown>, arg });
}

/** The value of a declared name, or undefined when the namespace does not declare it. */
export function resolveLazy(tag: LazyNamespaceTag, name: string): Value | undefined {
  const { spec, arg } = tag;
  if (!spec.has(arg, name)) return undefined;
  const values = (tag.values ??= new Map());
  const known = values.get(name);
  if (known === RUNNING) return spec.onCycle(arg, name);
  if (known !== undefined || values.has(name)) return known as Value;
  values.set(name, RUNNING);
  let value: Value = null;
  try {
    value = spec.compute(arg, name);
  } finally {
    values.set(name, value);
  }
  return value;
}

/** Every name of a lazy namespace, computed: so errors in unused locals are still reported. */
export function resolveAll(ctx: Pick<EvalContext, "tags">, ns: Value, names: Iterable<string>): void {
  const tag = ns !== null && typeof ns === "object" ? objectTag(ctx, ns) : undefined;
  if (tag?.kind === "lazy") for (const n of names) resolveLazy(tag, n);
}
