import { toStringArg } from "./args.js";
import { FunctionError, type FunctionDef } from "./function-types.js";
import { isObject } from "./values.js";
import type { Value } from "../value.js";

/** `templatestring` renders a template held in a string, through the evaluator's template engine. */
export const templateStringFunctions: Record<string, FunctionDef> = {
  templatestring: {
    arity: [2, 2],
    impl: ([template, vars], ctx) => {
      if (!isObject(vars ?? null)) throw new FunctionError("invalid vars value: must be a map", 1);
      return ctx.renderTemplate(toStringArg(template!, 0), vars as Record<string, Value>, "templatestring");
    },
  },
};
