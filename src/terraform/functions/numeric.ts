import { toIntegerArg, toNumberArg, toStringArg } from "./args.js";
import { FunctionError, type FunctionDef } from "./function-types.js";

const unary = (op: (n: number) => number): FunctionDef => ({
  arity: [1, 1],
  impl: ([n]) => op(toNumberArg(n!, 0)),
});

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** `parseint`: Go's big.Int SetString for bases 2-62 (letters are case-insensitive up to 36). */
function parseInt(text: string, base: number): number {
  const body = text.replace(/^[-+]/, "");
  const sign = text.startsWith("-") ? -1 : 1;
  if (body === "") throw new FunctionError(`cannot parse "${text}" as a base ${base} integer`, 0);
  let result = 0;
  for (const ch of body) {
    let digit = DIGITS.indexOf(ch);
    if (base <= 36 && digit >= 36) digit -= 26;
    if (digit < 0 || digit >= base) throw new FunctionError(`cannot parse "${text}" as a base ${base} integer`, 0);
    result = result * base + digit;
  }
  return sign * result;
}

function extreme(pick: (a: number, b: number) => number): FunctionDef {
  return {
    arity: [1, Infinity],
    impl: (args) => {
      if (args.length === 0) throw new FunctionError(`must pass at least one number`);
      return args.map((a, i) => toNumberArg(a, i)).reduce((a, b) => pick(a, b));
    },
  };
}

export const numericFunctions: Record<string, FunctionDef> = {
  abs: unary(Math.abs),
  ceil: unary(Math.ceil),
  floor: unary(Math.floor),
  signum: unary((n) => (n > 0 ? 1 : n < 0 ? -1 : 0)),
  log: {
    arity: [2, 2],
    impl: ([n, base]) => Math.log(toNumberArg(n!, 0)) / Math.log(toNumberArg(base!, 1)),
  },
  pow: {
    arity: [2, 2],
    impl: ([n, power]) => Math.pow(toNumberArg(n!, 0), toNumberArg(power!, 1)),
  },
  max: extreme(Math.max),
  min: extreme(Math.min),
  parseint: {
    arity: [2, 2],
    impl: ([text, base]) => {
      const b = toNumberArg(base!, 1);
      if (!Number.isInteger(b) || b < 2 || b > 62) {
        throw new FunctionError("base must be a whole number between 2 and 62 inclusive", 1);
      }
      return parseInt(toStringArg(text!, 0), toIntegerArg(b, 1));
    },
  },
};
