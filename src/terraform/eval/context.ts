import type { Diagnostic, SourceRange } from "../diagnostic.js";
import type { FunctionContext, FunctionDef } from "../functions/function-types.js";
import type { Value } from "../value.js";
import type { ObjectTags } from "./object-tags.js";

export type FunctionTable = Readonly<Record<string, FunctionDef>>;

/** Names visible to an expression; for-expressions and iterators add a child scope. */
export interface Scope {
  vars: Record<string, Value>;
  parent?: Scope;
}

/**
 * What evaluation needs. Diagnostics go to `diagnostics` (a sink the caller owns), so one
 * evaluation reports every problem and still returns a value.
 */
export interface EvalContext {
  scope: Scope;
  functions: FunctionTable;
  functionContext: FunctionContext;
  diagnostics: Diagnostic[];
  /** Files a function asked for that are not loaded yet; the caller loads them and evaluates again. */
  pendingFiles: Set<string>;
  /** The element a splat's traversal applies to. */
  anon?: Value;
  /** Resource and namespace objects of this evaluation (see object-tags.ts). */
  tags?: ObjectTags;
  /** How to report a root name nobody declared (`nope.x`). */
  unknownRoot?: (name: string, range: SourceRange, ctx: EvalContext) => Value;
}

export function lookupName(scope: Scope | undefined, name: string): Value | undefined {
  for (let s = scope; s; s = s.parent) {
    if (Object.prototype.hasOwnProperty.call(s.vars, name)) return s.vars[name];
  }
  return undefined;
}

export function childContext(ctx: EvalContext, vars: Record<string, Value>): EvalContext {
  return { ...ctx, scope: { vars, parent: ctx.scope } };
}

export function withDiagnostics(ctx: EvalContext, diagnostics: Diagnostic[]): EvalContext {
  return { ...ctx, diagnostics };
}
