import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "@cdktn/hcl2json";
import { parseHcl } from "../../../src/terraform/hcl/index.js";
import { toHcl2Json } from "../../../src/terraform/hcl/to-hcl2json.js";

// HashiCorp's parser (HCL compiled to WASM, @cdktn/hcl2json) as an oracle: every fixture
// file, rendered from our AST in hcl2json's JSON shape, must equal what HashiCorp's parser
// returns. That shape is exact for structure, literals, escapes and expression source text.
const root = fileURLToPath(new URL("../../../fixtures/terraform/", import.meta.url));
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : name.endsWith(".tf") ? [full] : [];
  });
const files = walk(root).map((f) => path.relative(root, f));

describe("agreement with HashiCorp's parser", () => {
  it("covers the fixtures", () => {
    expect(files).toContain("syntax/constructs.tf");
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  it.each(files)("%s", async (file) => {
    const src = readFileSync(path.join(root, file), "utf8");
    const ours = parseHcl(src, file);
    expect(ours.diagnostics).toEqual([]);
    expect(toHcl2Json(ours.body, src)).toEqual(await parse(file, src));
  });
});
