import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { evaluateProject } from "../../../src/terraform/evaluate-project.js";
import { parseHcl } from "../../../src/terraform/hcl/index.js";
import { defaultProject } from "../../../src/terraform/project.js";
import { memoryTree } from "../memory-tree.js";
import { fixtureFunctions } from "../test-functions.js";

// Broken input never throws and never hangs: every prefix of a real file, and the file with
// characters spliced in, parse to diagnostics; a project of such files still evaluates.
const source = readFileSync(fileURLToPath(new URL("../../../fixtures/terraform/syntax/constructs.tf", import.meta.url)), "utf8");

function* mutations(): Generator<string> {
  for (let cut = 0; cut < source.length; cut += 37) yield source.slice(0, cut);
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const junk = ['"', "{", "}", "[", "]", "(", ")", "${", "%{", "~}", "<<EOT\n", "\n", "=", "?", ":", "*", ".", "#", "/*", "\\", "…"];
  for (let n = 0; n < 300; n++) {
    const at = Math.floor(random() * source.length);
    yield source.slice(0, at) + junk[Math.floor(random() * junk.length)] + source.slice(at);
  }
}

describe("broken input", () => {
  it("parses every mutation to a body and diagnostics without throwing", () => {
    let withErrors = 0;
    for (const text of mutations()) {
      const { body, diagnostics } = parseHcl(text, "broken.tf");
      expect(body).toBeDefined();
      if (diagnostics.length) withErrors++;
      for (const d of diagnostics) expect(d.range?.file).toBe("broken.tf");
    }
    expect(withErrors).toBeGreaterThan(200);
  });

  it("evaluates a project made of broken files without throwing", async () => {
    let n = 0;
    for (const text of mutations()) {
      if (n++ % 10 !== 0) continue;
      const result = await evaluateProject(memoryTree({ "main.tf": text }), defaultProject("."), { functions: fixtureFunctions });
      expect(Array.isArray(result.instances)).toBe(true);
    }
  });
});
