import type { Block, Body } from "../hcl/ast.js";
import { childContext, type EvalContext } from "../eval/context.js";
import { evaluate } from "../eval/evaluate.js";
import { iterationPairs } from "../eval/eval-collections.js";
import { tagObject } from "../eval/object-tags.js";
import { fail } from "../eval/unknowns.js";
import type { Attribute } from "../hcl/ast.js";
import { isUnknown, Unknown } from "../unknown.js";
import type { Value } from "../value.js";

/** Meta-arguments of resource and data blocks: they shape instances, they are not attributes. */
export const RESOURCE_META = new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection"]);

const SINGLE_BLOCKS = new Set(["timeouts"]);

interface BodyParams {
  ctx: EvalContext;
  address: string;
  /** Attribute path of this body inside the resource ("" at the top, `ebs_block_device.0`). */
  path: string;
  skip?: ReadonlySet<string>;
}

/**
 * A whole resource body is evaluated at once, the first time anything needs it: Terraform's
 * dependency graph is per resource, so a reference never needs part of a resource that in
 * turn needs the referrer (that is a cycle, reported by the resource's lazy name).
 *
 * The evaluated configuration of a body in the shape of `terraform show -json` planned
 * values: attributes by name, nested blocks (static and `dynamic`, in source order) as
 * arrays of objects. The object is tagged as a resource so reading an attribute it does not
 * set gives an Unknown that points at the resource.
 */
export function bodyObject(body: Body, p: BodyParams): Record<string, Value> {
  // Only the instance object is tagged; nested blocks are tagged when a reference reads them.
  const out: Record<string, Value> = p.path ? {} : tagObject(p.ctx, {}, { kind: "resource", address: p.address, path: "" });
  for (const attr of body.attributes) {
    if (p.skip?.has(attr.name)) continue;
    out[attr.name] = evaluate(attr.expr, p.ctx);
  }
  if (body.blocks.length === 0) return out;
  const groups = new Map<string, Block[]>();
  for (const block of body.blocks) {
    const type = block.type === "dynamic" ? block.labels[0] : block.type;
    if (type === undefined || p.skip?.has(type)) continue;
    const list = groups.get(type) ?? [];
    list.push(block);
    groups.set(type, list);
  }
  for (const [type, blocks] of groups) {
    const list = blockList(type, blocks, p);
    // The AWS provider's `timeouts` is a single nested block: an object in planned values.
    out[type] = SINGLE_BLOCKS.has(type) && Array.isArray(list) ? (list[list.length - 1] ?? null) : list;
  }
  return out;
}

function blockList(type: string, blocks: Block[], p: BodyParams): Value {
  const out: Value[] = [];
  for (const block of blocks) {
    if (block.type !== "dynamic") {
      out.push(bodyObject(block.body, { ctx: p.ctx, address: p.address, path: childPath(p.path, type, out.length) }));
      continue;
    }
    const expanded = expandDynamic(block, type, p, out.length);
    if (isUnknown(expanded)) return expanded;
    out.push(...expanded);
  }
  return out;
}

const childPath = (path: string, type: string, index: number) => (path ? `${path}.${type}.${index}` : `${type}.${index}`);

/**
 * `dynamic "x" { for_each, iterator, content }`: one block per element. An unknown
 * for_each makes the whole block list unknown rather than inventing one block.
 */
function expandDynamic(block: Block, type: string, p: BodyParams, offset: number): Value[] | Unknown {
  const attr = (name: string): Attribute | undefined => block.body.attributes.find((a) => a.name === name);
  const forEach = attr("for_each");
  const content = block.body.blocks.find((b) => b.type === "content");
  if (!forEach || !content) {
    return fail(p.ctx, block.range, "Invalid dynamic block", `The dynamic "${type}" block needs a "for_each" argument and a "content" block.`);
  }
  const iteratorExpr = attr("iterator")?.expr;
  const iterator = iteratorExpr?.kind === "variable" ? iteratorExpr.name : type;
  const collection = evaluate(forEach.expr, p.ctx);
  if (isUnknown(collection)) return new Unknown(`the for_each of dynamic "${type}" is not known: ${collection.reason}`);
  if (collection === null) return fail(p.ctx, forEach.expr.range, "Invalid dynamic for_each value", "Cannot use a null value in for_each.");
  const pairs = iterationPairs(collection);
  if (!pairs) return fail(p.ctx, forEach.expr.range, "Invalid dynamic for_each value", "Cannot use a primitive value in for_each; a collection is required.");
  return pairs.map(([key, value], i) =>
    bodyObject(content.body, {
      ctx: childContext(p.ctx, { [iterator]: { key, value } }),
      address: p.address,
      path: childPath(p.path, type, offset + i),
    }),
  );
}
