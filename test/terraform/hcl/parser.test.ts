import { parseExpressionSource, parseHcl } from "../../../src/terraform/hcl/index.js";

const strip = (v: unknown) => JSON.parse(JSON.stringify(v, (k, x) => (k === "range" || k === "nameRange" ? undefined : x)));

describe("parseHcl bodies", () => {
  const src = [
    "# a comment",
    'resource "aws_instance" web {   // bare and quoted labels',
    '  ami = "ami-1" /* inline */',
    "  ebs_block_device {",
    '    device_name = "/dev/sdb"',
    "  }",
    "  ebs_block_device { volume_size = 20 }",
    "  list_attr = [{ a = 1 }]",
    "}",
    "locals {}",
    "",
  ].join("\n");
  const { body, diagnostics } = parseHcl(src, "main.tf");
  const resource = body.blocks[0];

  it("keeps labels, blocks and attributes apart", () => {
    expect(diagnostics).toEqual([]);
    expect(resource).toMatchObject({ type: "resource", labels: ["aws_instance", "web"] });
    expect(resource.body.blocks.map((b) => b.type)).toEqual(["ebs_block_device", "ebs_block_device"]);
    expect(resource.body.attributes.map((a) => a.name)).toEqual(["ami", "list_attr"]);
    expect(body.blocks[1]).toMatchObject({ type: "locals", labels: [] });
  });

  it("records where every block, attribute and expression is", () => {
    expect(resource.range).toMatchObject({ file: "main.tf", start: { line: 2, column: 1 }, end: { line: 9, column: 2 } });
    expect(resource.body.attributes[0].range.start).toMatchObject({ line: 3, column: 3 });
    expect(resource.body.attributes[0].expr.range.start).toMatchObject({ line: 3, column: 9 });
    expect(resource.body.blocks[1].range.start).toMatchObject({ line: 7, column: 3 });
    expect(resource.labelRanges[1].start).toMatchObject({ line: 2, column: 25 });
  });
});

describe("parseExpressionSource", () => {
  it.each([
    ["a || b && c", { kind: "binary", op: "||", left: { name: "a" }, right: { op: "&&" } }],
    ["a == b < c", { kind: "binary", op: "==", right: { op: "<" } }],
    ["a + b * c - d", { op: "-", left: { op: "+", right: { op: "*" } } }],
    ["!a && -b > 0", { op: "&&", left: { kind: "unary", op: "!" }, right: { op: ">", left: { kind: "unary", op: "-" } } }],
    ["a ? b : c ? d : e", { kind: "conditional", else: { kind: "conditional" } }],
    ["a.b[0].c", { kind: "getAttr", name: "c", source: { kind: "index", source: { kind: "getAttr", name: "b" } } }],
    ["a.0.b", { kind: "getAttr", name: "b", source: { kind: "index", key: { value: 0 } } }],
    ["a[*].b[0]", { kind: "splat", each: { kind: "index", source: { kind: "getAttr", name: "b" } } }],
    ["a.*.b[0]", { kind: "index", source: { kind: "splat", each: { kind: "getAttr" } } }],
    ["f(a, b...)", { kind: "call", name: "f", expandFinal: true }],
    ["provider::aws::arn_parse(x)", { kind: "call", name: "provider::aws::arn_parse" }],
    ["[for k, v in m : v if k != \"x\"]", { kind: "for", keyVar: "k", valVar: "v", cond: { op: "!=" } }],
    ["{for v in l : v.k => v...}", { kind: "for", group: true, keyExpr: { name: "k" } }],
    ["{ (var.k) = 1, \"s\" : 2 }", { kind: "object", items: [{ key: { kind: "parens" } }, { key: { kind: "template" } }] }],
  ])("%s", (src, shape) => {
    const { expr, diagnostics } = parseExpressionSource(src, "x.tf");
    expect(diagnostics).toEqual([]);
    expect(strip(expr)).toMatchObject(shape);
  });

  it("allows newlines inside brackets and between object items", () => {
    const { expr, diagnostics } = parseExpressionSource("[\n  1,\n  2,\n]", "x.tf");
    expect(diagnostics).toEqual([]);
    expect(strip(expr).items).toHaveLength(2);
  });
});

describe("syntax errors", () => {
  it.each([
    ["missing value", 'resource "a" "b" {\n  x =\n}\n', { summary: "Invalid expression", line: 2 }],
    ["unclosed list", "a = [1, 2\nb = 3\n", { summary: "Missing item separator", line: 2 }],
    ["unclosed block", 'resource "a" "b" {\n  x = 1\n', { summary: "Unclosed configuration block", line: 3 }],
    ["bad escape", 'a = "\\q"\n', { summary: "Invalid escape sequence", line: 1 }],
    ["unterminated string", 'a = "abc\nb = 1\n', { summary: "Unterminated template string", line: 1 }],
    ["stray character", "a = 1 @ 2\n", { summary: "Invalid character", line: 1 }],
    ["interpolated label", 'resource "a${b}" "c" {}\n', { summary: "Invalid block label", line: 1 }],
  ])("%s is reported with its line, never thrown", (_name, src, want) => {
    const { diagnostics } = parseHcl(src, "bad.tf");
    expect(diagnostics[0]).toMatchObject({ severity: "error", summary: want.summary, range: { file: "bad.tf", start: { line: want.line } } });
  });

  it("keeps parsing after an error", () => {
    const { body } = parseHcl('a = ]\nresource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n', "bad.tf");
    expect(body.blocks.map((b) => b.labels)).toEqual([["aws_vpc", "main"]]);
  });
});
