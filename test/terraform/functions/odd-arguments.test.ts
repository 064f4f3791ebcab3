import { builtinFunctions, callFunction } from "../../../src/terraform/functions/index.js";
import { FunctionError } from "../../../src/terraform/functions/function-types.js";
import type { Value } from "../../../src/terraform/value.js";
import { fakeContext } from "./fake-context.js";

// `try` and `can` in the evaluator rely on user mistakes being FunctionErrors: whatever a
// configuration passes, a function answers or throws FunctionError, never a JS TypeError.
const odd: Value[] = [null, "", "x", 0, -1.5, true, [], [null], [[1]], {}, { a: null }, { a: [1, { b: "c" }] }, ["a", 1, true]];
const ctx = fakeContext({ "a.txt": "a" });

test.each(Object.keys(builtinFunctions).sort())("%s with odd arguments", (name) => {
  const def = builtinFunctions[name]!;
  const count = Math.min(def.arity[0] === 0 ? 1 : def.arity[0], 3);
  const failures: string[] = [];
  for (let i = 0; i < odd.length ** Math.min(count, 2); i++) {
    const args = Array.from({ length: count }, (_, j) => odd[Math.floor(i / odd.length ** Math.min(j, 1)) % odd.length]!);
    try {
      callFunction(name, def, args, ctx);
    } catch (err) {
      if (!(err instanceof FunctionError)) failures.push(`${name}(${JSON.stringify(args)}): ${String(err)}`);
    }
  }
  expect(failures).toEqual([]);
});
