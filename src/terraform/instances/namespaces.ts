import type { SourceRange } from "../diagnostic.js";
import type { EvalContext } from "../eval/context.js";
import { tagObject } from "../eval/object-tags.js";
import { fail } from "../eval/unknowns.js";
import type { Value } from "../value.js";

/** An object of names (`var`, `local`, `aws_instance`...) whose missing names are configuration errors. */
export function namespace(ctx: EvalContext, summary: string, detail: (name: string) => string): Record<string, Value> {
  return tagObject(ctx, {} as Record<string, Value>, {
    kind: "namespace",
    missing: (name: string, range: SourceRange, ctx: EvalContext) => fail(ctx, range, summary, detail(name)),
  });
}

/** Root names nobody declared: `aws_nope.x` is an undeclared resource; `count`/`each` outside their blocks. */
export function unknownRoot(moduleLabel: string) {
  return (name: string, range: SourceRange, ctx: EvalContext): Value => {
    if (name === "count" || name === "each" || name === "self") {
      const what = name === "count" ? 'the "count" argument' : name === "each" ? 'the "for_each" argument' : "a provisioner or connection block";
      return fail(ctx, range, `Reference to "${name}" in non-counted context`, `The "${name}" object can be used only in blocks that set ${what}.`);
    }
    if (!name.includes("_")) return fail(ctx, range, "Unknown variable", `There is no variable named "${name}".`);
    return namespace(ctx, "Reference to undeclared resource", (res) => `A managed resource "${name}" "${res}" has not been declared in ${moduleLabel}.`);
  };
}
