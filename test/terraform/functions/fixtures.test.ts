import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { builtinFunctions, callFunction } from "../../../src/terraform/functions/index.js";
import { FunctionError } from "../../../src/terraform/functions/function-types.js";
import { isUnknown } from "../../../src/terraform/unknown.js";
import { fakeContext } from "./fake-context.js";
import { isUnknownMarker, toFixtureJson, toValue, type FixtureCase, type FixtureFile } from "./fixture-format.js";

// Every case's expectation comes from Terraform 1.11 (scripts/generate-function-fixtures.ts).
const dir = path.join(import.meta.dirname, "fixtures");
const families = readdirSync(dir).filter((f) => f.endsWith(".json"));

/** Deep equality where numbers agree to 12 significant digits (Terraform computes in 512-bit floats). */
function expectSameValue(actual: unknown, want: unknown): void {
  if (typeof want === "number" && typeof actual === "number") {
    expect(Math.abs(actual - want)).toBeLessThanOrEqual(Math.abs(want) * 1e-12);
    return;
  }
  if (Array.isArray(want) && Array.isArray(actual)) {
    expect(actual).toHaveLength(want.length);
    want.forEach((w, i) => expectSameValue(actual[i], w));
    return;
  }
  if (want !== null && typeof want === "object" && !isUnknownMarker(want) && actual !== null && typeof actual === "object") {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(want).sort());
    for (const key of Object.keys(want)) expectSameValue((actual as Record<string, unknown>)[key], (want as Record<string, unknown>)[key]);
    return;
  }
  expect(actual).toEqual(want);
}

const normalize = (text: string) => text.replace(/\s+/g, " ").replace(/\.$/, "");

function run(c: FixtureCase, files: Record<string, string>): void {
  const def = builtinFunctions[c.fn];
  expect(def).toBeDefined();
  const call = () => callFunction(c.fn, def!, c.args.map(toValue), fakeContext(files));
  if (c.error !== undefined) {
    let caught: unknown;
    try {
      call();
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(FunctionError);
    const message = normalize((caught as FunctionError).message);
    if (c.errorIncludes) expect(message).toContain(c.errorIncludes);
    else expect(normalize(c.error)).toContain(message);
    // Terraform blames a parameter by name; Costgate must point at the argument.
    if (c.error.startsWith("Invalid value for ")) expect((caught as FunctionError).argIndex).toEqual(expect.any(Number));
    return;
  }
  const result = call();
  if (isUnknownMarker(c.want)) {
    expect(isUnknown(result)).toBe(true);
    // Either the function says why, or it handed back an unknown argument element untouched.
    if (isUnknown(result)) expect(result.reason).toMatch(new RegExp(`^(${c.fn}\\(\\)|fixture unknown)`));
    return;
  }
  expectSameValue(toFixtureJson(result), c.want);
}

describe.each(families)("%s", (family) => {
  const fixture = JSON.parse(readFileSync(path.join(dir, family), "utf8")) as FixtureFile;
  test.each(fixture.cases.map((c) => [c.expr ?? c.fn, c] as const))("%s", (_, c) => run(c, fixture.files ?? {}));
});
