import { readFileSync } from "node:fs";
import { evaluate } from "../../../src/terraform/eval/evaluate.js";
import { parseHcl } from "../../../src/terraform/hcl/index.js";
import { evalSource, noFiles } from "../eval/helpers.js";

// fixtures/terraform/templates: heredocs, strip markers and directives; expected.json is what
// `terraform console` printed for them (scripts/terraform-fixtures.sh regenerates it).
const dir = new URL("../../../fixtures/terraform/templates/", import.meta.url);
const source = readFileSync(new URL("main.tf", dir), "utf8");
const expected: string[] = JSON.parse(readFileSync(new URL("expected.json", dir), "utf8"));

describe("templates agree with Terraform", () => {
  const { body, diagnostics } = parseHcl(source, "main.tf");
  const locals = body.blocks.find((b) => b.type === "locals")!.body.attributes;

  it("parses the fixture without diagnostics", () => {
    expect(diagnostics).toEqual([]);
    expect(locals).toHaveLength(expected.length);
  });

  it.each(expected.map((want, i) => [i, want] as const))("c%i", (i, want) => {
    const got = evaluate(locals[i].expr, { scope: { vars: {} }, functions: {}, functionContext: noFiles, diagnostics: [], pendingFiles: new Set() });
    expect(got).toBe(want);
  });
});

describe("template expressions", () => {
  it.each([
    ['"${x}"', { x: [1] }, [1]],
    ['"v=${x}"', { x: 1.5 }, "v=1.5"],
    ['"${x}-${y}"', { x: true, y: "b" }, "true-b"],
    ['"%{if x}on%{endif}"', { x: false }, ""],
    ['"%{for i, v in l}${i}${v}%{endfor}"', { l: ["a", "b"] }, "0a1b"],
    ['""', {}, ""],
  ])("%s", (input, vars, want) => {
    const { value, diagnostics } = evalSource(input, vars);
    expect(diagnostics).toEqual([]);
    expect(value).toEqual(want);
  });

  it("rejects null and collections in a string, naming the position", () => {
    const nul = evalSource('"a${x}"', { x: null });
    expect(nul.diagnostics[0]).toMatchObject({ summary: "Invalid template interpolation value", range: { start: { line: 1, column: 5 } } });
    expect(evalSource('"a${x}"', { x: [1] }).diagnostics[0].detail).toMatch(/string required, got tuple/);
  });
});
