import type { FunctionDef } from "./function-types.js";

/**
 * Terraform's built-in functions by name. The evaluator calls through this table; a name
 * missing here (or a provider-defined `provider::...` function) evaluates to Unknown.
 */
export const builtinFunctions: Readonly<Record<string, FunctionDef>> = {};
