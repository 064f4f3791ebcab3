import type { SourceRange } from "../diagnostic.js";
import type { ExprOf } from "../hcl/ast.js";
import { isUnknown, Unknown } from "../unknown.js";
import type { Value } from "../value.js";
import { type EvalContext, lookupName } from "./context.js";
import { toNumber, toStringValue, typeName } from "./convert-primitive.js";
import { evaluate } from "./evaluate.js";
import { type LazyNamespaceTag, type ObjectTag, objectTag, resolveLazy, tagObject, unsetResourceAttribute } from "./object-tags.js";
import { fail } from "./unknowns.js";

export function evalVariable(e: ExprOf<"variable">, ctx: EvalContext): Value {
  const v = lookupName(ctx.scope, e.name);
  if (v !== undefined) return v;
  if (ctx.unknownRoot) return ctx.unknownRoot(e.name, e.range, ctx);
  return fail(ctx, e.range, "Unknown variable", `There is no variable named "${e.name}".`);
}

/** The unknown result of traversing into an unknown: a reference stays a reference, one step deeper. */
function traverseUnknown(u: Unknown, step: string): Unknown {
  if (!u.ref) return u.range ? new Unknown(u.reason) : u;
  return new Unknown(u.reason, { address: u.ref.address, attribute: `${u.ref.attribute}.${step}` });
}

/**
 * An attribute a resource's configuration sets to null is unset: the provider may compute it
 * (`ipv6_cidr_block` with `assign_generated_ipv6_cidr_block`), so a reference reads Unknown.
 */
function resourceRead(ctx: EvalContext, value: Value, tag: ObjectTag | undefined, name: string): Value {
  if (tag?.kind !== "resource") return value;
  const path = tag.path ? `${tag.path}.${name}` : name;
  if (value === null) return unsetResourceAttribute(tag.address, path);
  // Nested blocks are tagged on the way in, so their unset attributes read as unknown too.
  if (typeof value === "object" && !isUnknown(value) && !objectTag(ctx, value)) tagObject(ctx, value, { kind: "resource", address: tag.address, path });
  return value;
}

function resolveName(tag: LazyNamespaceTag, name: string, range: SourceRange, ctx: EvalContext): Value {
  const value = resolveLazy(tag, name);
  return value === undefined ? fail(ctx, range, tag.spec.summary, tag.spec.detail(tag.arg, name)) : value;
}

export function getAttribute(source: Value, name: string, e: ExprOf<"getAttr">, ctx: EvalContext): Value {
  if (isUnknown(source)) return traverseUnknown(source, name);
  if (source === null) return fail(ctx, e.range, "Attempt to get attribute from null value", `This value is null, so it does not have any attributes ("${name}").`);
  if (typeof source !== "object" || Array.isArray(source)) {
    const hint = Array.isArray(source) ? ` Use a splat ([*].${name}) or an index to read it from the elements.` : "";
    return fail(ctx, e.range, "Unsupported attribute", `Can't access attributes on a ${typeName(source)} value ("${name}").${hint}`);
  }
  const tag = objectTag(ctx, source);
  if (tag?.kind === "lazy") return resolveName(tag, name, e.range, ctx);
  if (Object.prototype.hasOwnProperty.call(source, name)) return resourceRead(ctx, source[name], tag, name);
  if (tag?.kind === "resource") return unsetResourceAttribute(tag.address, tag.path ? `${tag.path}.${name}` : name);
  if (tag?.kind === "namespace") return tag.missing(name, e.range, ctx);
  return fail(ctx, e.range, "Unsupported attribute", `This object does not have an attribute named "${name}".`);
}

export function evalGetAttr(e: ExprOf<"getAttr">, ctx: EvalContext): Value {
  return getAttribute(evaluate(e.source, ctx), e.name, e, ctx);
}

export function evalIndex(e: ExprOf<"index">, ctx: EvalContext): Value {
  const source = evaluate(e.source, ctx);
  const key = evaluate(e.key, ctx);
  if (isUnknown(source)) return isUnknown(key) ? new Unknown(source.reason) : traverseUnknown(source, String(key));
  if (isUnknown(key)) return new Unknown(key.reason);
  if (source === null) return fail(ctx, e.range, "Attempt to index null value", "This value is null, so it does not have any indices.");
  if (Array.isArray(source)) {
    const n = key === null ? undefined : toNumber(key);
    if (n === undefined || !Number.isInteger(n)) return fail(ctx, e.key.range, "Invalid index", `The given key does not identify an element in this collection value: a whole number is required, got ${typeName(key)}.`);
    if (n < 0 || n >= source.length) {
      return fail(ctx, e.key.range, "Invalid index", `The given key does not identify an element in this collection value: the collection has ${source.length} element(s), index ${n} is out of range.`);
    }
    return resourceRead(ctx, source[n], objectTag(ctx, source), String(n));
  }
  if (typeof source === "object") {
    const k = key === null ? undefined : toStringValue(key);
    if (k === undefined) return fail(ctx, e.key.range, "Invalid index", `The given key does not identify an element in this collection value: a string is required, got ${typeName(key)}.`);
    const tag = objectTag(ctx, source);
    if (tag?.kind === "lazy") return resolveName(tag, k, e.key.range, ctx);
    if (Object.prototype.hasOwnProperty.call(source, k)) return resourceRead(ctx, source[k], tag, k);
    if (tag?.kind === "resource") return unsetResourceAttribute(tag.address, tag.path ? `${tag.path}.${k}` : k);
    return fail(ctx, e.key.range, "Invalid index", `The given key does not identify an element in this collection value: there is no element with key ${JSON.stringify(k)}.`);
  }
  return fail(ctx, e.range, "Invalid index", `This value does not have any indices (it is a ${typeName(source)}).`);
}

/** `list[*].attr`: null gives [], a non-list is treated as a one-element list. */
export function evalSplat(e: ExprOf<"splat">, ctx: EvalContext): Value {
  const source = evaluate(e.source, ctx);
  if (isUnknown(source)) return new Unknown(source.reason);
  if (source === null) return [];
  const items = Array.isArray(source) ? source : [source];
  const tag = Array.isArray(source) ? objectTag(ctx, source) : undefined;
  return items.map((item, i) => evaluate(e.each, { ...ctx, anon: tag ? resourceRead(ctx, item, tag, String(i)) : item }));
}

export function evalAnon(e: ExprOf<"anon">, ctx: EvalContext): Value {
  return ctx.anon === undefined ? fail(ctx, e.range, "Invalid splat", "A splat traversal was used outside of a splat expression.") : ctx.anon;
}
