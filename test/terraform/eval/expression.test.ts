import { Unknown } from "../../../src/terraform/unknown.js";
import type { Value } from "../../../src/terraform/value.js";
import { evalSource, plain } from "./helpers.js";

const unknown = (reason = "known only after apply") => new Unknown(reason);
const U = { unknown: true };

interface Case {
  input: string;
  vars?: Record<string, Value>;
  want: unknown;
}

/** Expected values were checked against `terraform console` (Terraform 1.11). */
const cases: Record<string, Case[]> = {
  literals: [
    { input: "42", want: 42 },
    { input: "1.5e3", want: 1500 },
    { input: "true", want: true },
    { input: "null", want: null },
    { input: '"a\\tb\\u00e9\\U0001F600"', want: "a\tbé😀" },
    { input: '"$${not} %%{not}"', want: "${not} %{not}" },
  ],
  arithmetic: [
    { input: "1 + 2 * 3", want: 7 },
    { input: "(1 + 2) * 3", want: 9 },
    { input: "5 / 2", want: 2.5 },
    { input: "-7 % 3", want: -1 },
    { input: "3 % -2", want: 1 },
    { input: '"1" + 2', want: 3 },
    { input: "10 - 2 - 3", want: 5 },
    { input: "-x", vars: { x: 4 }, want: -4 },
  ],
  comparison: [
    { input: "1 < 2", want: true },
    { input: "2 <= 2", want: true },
    { input: '"10" > 9', want: true },
    { input: '1 == "1"', want: false },
    { input: "[1, 2] == [1, 2]", want: true },
    { input: '{a = 1} != {a = 2}', want: true },
  ],
  logic: [
    { input: "true && false || true", want: true },
    { input: "!true", want: false },
    { input: 'true && "true"', want: true },
    { input: "true || u", vars: { u: unknown() }, want: true },
    { input: "u || true", vars: { u: unknown() }, want: true },
    { input: "false && u", vars: { u: unknown() }, want: false },
    { input: "u && false", vars: { u: unknown() }, want: false },
    { input: "true && u", vars: { u: unknown() }, want: U },
    { input: "false && (1 / 0 == 1)", want: false },
  ],
  conditional: [
    { input: 'true ? "a" : "b"', want: "a" },
    { input: 'false ? 1 : "x"', want: "x" },
    { input: 'true ? 1 : "x"', want: "1" },
    { input: "c ? 3 : 1", vars: { c: unknown() }, want: { unknown: true, range: { min: 1, max: 3 } } },
    { input: 'c ? "a" : "b"', vars: { c: unknown() }, want: U },
    { input: "1 + 2 > 2 ? x * 2 : 0", vars: { x: 5 }, want: 10 },
  ],
  unknownPropagation: [
    { input: "u + 1", vars: { u: unknown() }, want: U },
    { input: "u == 1", vars: { u: unknown() }, want: U },
    { input: "[u] == [1]", vars: { u: unknown() }, want: U },
    { input: '"id-${u}"', vars: { u: unknown() }, want: U },
    { input: "upper(u)", vars: { u: unknown() }, want: U },
    { input: "length([u, 1])", vars: { u: unknown() }, want: 2 },
    { input: "u.attr[0]", vars: { u: unknown() }, want: U },
    { input: "[for x in u : x]", vars: { u: unknown() }, want: U },
    { input: "-u", vars: { u: unknown() }, want: U },
  ],
  collections: [
    { input: '[1, "a", true,]', want: [1, "a", true] },
    { input: '{ a = 1, "b" = 2, (k) = 3 }', vars: { k: "c" }, want: { a: 1, b: 2, c: 3 } },
    { input: "{\n  a = 1\n  b: 2\n}", want: { a: 1, b: 2 } },
    { input: "m.a", vars: { m: { a: [1] } }, want: [1] },
    { input: 'm["a"][0]', vars: { m: { a: [1] } }, want: 1 },
    { input: "l.1", vars: { l: [5, 6] }, want: 6 },
    { input: 'l["1"]', vars: { l: [5, 6] }, want: 6 },
  ],
  forExpressions: [
    { input: "[for x in l : x * 2]", vars: { l: [1, 2] }, want: [2, 4] },
    { input: "[for i, x in l : i if x > 1]", vars: { l: [1, 2, 3] }, want: [1, 2] },
    { input: "{for k, v in m : v => k}", vars: { m: { b: "2", a: "1" } }, want: { "1": "a", "2": "b" } },
    { input: "[for k, v in m : k]", vars: { m: { b: 1, a: 2 } }, want: ["a", "b"] },
    { input: "{for s in l : substr => s...}", vars: { l: ["a", "b"], substr: "k" }, want: { k: ["a", "b"] } },
    { input: "{for x in l : x.g => x.n...}", vars: { l: [{ g: "a", n: 1 }, { g: "b", n: 2 }, { g: "a", n: 3 }] }, want: { a: [1, 3], b: [2] } },
  ],
  splats: [
    { input: "l[*].id", vars: { l: [{ id: "a" }, { id: "b" }] }, want: ["a", "b"] },
    { input: "l.*.id", vars: { l: [{ id: "a" }, { id: "b" }] }, want: ["a", "b"] },
    { input: "l[*].tags.Name", vars: { l: [{ tags: { Name: "x" } }] }, want: ["x"] },
    { input: "l[*].ids[0]", vars: { l: [{ ids: [1, 2] }] }, want: [1] },
    { input: "n[*].id", vars: { n: null }, want: [] },
    { input: "o[*].id", vars: { o: { id: "solo" } }, want: ["solo"] },
    { input: "length(l[*])", vars: { l: [1, 2, 3] }, want: 3 },
  ],
  functions: [
    { input: 'join(",", l)', vars: { l: ["a", "b"] }, want: "a,b" },
    { input: "max(l...)", vars: { l: [3, 9, 4] }, want: 9 },
    { input: "max(1, l...)", vars: { l: [0] }, want: 1 },
    { input: 'try(m.nope, "fallback")', vars: { m: {} }, want: "fallback" },
    { input: "try(m.a, 2)", vars: { m: { a: 1 } }, want: 1 },
    { input: "try(u, 2)", vars: { u: unknown() }, want: U },
    { input: "can(m.nope)", vars: { m: {} }, want: false },
    { input: "can(m.a)", vars: { m: { a: 1 } }, want: true },
    { input: 'provider::aws::arn_parse("arn:aws:s3:::b").region', want: U },
    { input: "nosuchfunction(1)", want: U },
  ],
};

describe.each(Object.entries(cases))("%s", (_group, table) => {
  it.each(table)("$input", ({ input, vars, want }) => {
    const { value, diagnostics } = evalSource(input, vars);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(plain(value)).toEqual(want);
  });
});

describe("unknown values", () => {
  it("name the cause", () => {
    const { value } = evalSource('"${a} and ${b}"', { a: "x", b: new Unknown("aws_vpc.main.id is known only after apply") });
    expect(value).toBeInstanceOf(Unknown);
    expect((value as Unknown).reason).toBe("aws_vpc.main.id is known only after apply");
  });

  it("keep the reference through a pass-through template and deeper traversals", () => {
    const ref = new Unknown("aws_launch_template.app.id is known only after apply", { address: "aws_launch_template.app", attribute: "id" });
    expect(evalSource('"${lt}"', { lt: ref }).value).toBe(ref);
    const deeper = evalSource("lt.tags.Name", { lt: new Unknown("r", { address: "aws_launch_template.app", attribute: "x" }) }).value as Unknown;
    expect(deeper.ref).toEqual({ address: "aws_launch_template.app", attribute: "x.tags.Name" });
    expect((evalSource('"lt-${lt}"', { lt: ref }).value as Unknown).ref).toBeUndefined();
  });

  it("turns a crashing function into a diagnostic at the call", () => {
    const broken = { boom: { arity: [0, 0] as [number, number], impl: () => (null as unknown as { x: number }).x } };
    const { value, diagnostics } = evalSource("boom()", {}, broken);
    expect(value).toBeInstanceOf(Unknown);
    expect(diagnostics[0]).toMatchObject({ severity: "error", summary: "Function failed", range: { start: { line: 1, column: 1 } } });
  });

  it("says why an unsupported or provider function is unknown", () => {
    expect((evalSource("nosuchfunction(1)").value as Unknown).reason).toMatch(/nosuchfunction\(\) is not supported/);
    expect((evalSource('provider::aws::arn_parse("x")').value as Unknown).reason).toMatch(/provider-defined function provider::aws::arn_parse/);
  });
});
