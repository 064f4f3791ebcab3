import { readFileSync } from "node:fs";
import { CONFIG_JSON_SCHEMA_PATH, configJsonSchemaText } from "../../src/policy/config-json-schema.js";

type JsonSchema = { type?: string; description?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; required?: string[]; default?: unknown };

describe("the generated JSON Schema", () => {
  const committed = readFileSync(new URL(`../../${CONFIG_JSON_SCHEMA_PATH}`, import.meta.url), "utf8");
  const schema = JSON.parse(committed) as JsonSchema;

  it("matches the Zod schema; regenerate with `npx tsx scripts/generate-config-schema.ts`", () => {
    expect(committed).toBe(configJsonSchemaText());
  });

  it("documents every key, so editors can show what each one means", () => {
    const undocumented: string[] = [];
    const walk = (node: JsonSchema, path: string) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description) undocumented.push(`${path}${key}`);
        walk(child, `${path}${key}.`);
      }
      if (node.items) walk(node.items, `${path}[].`);
    };
    walk(schema, "");
    expect(undocumented).toEqual([]);
  });

  it("describes the file as written: only a threshold's name and a project's path are required", () => {
    const threshold = schema.properties!.thresholds!.items!;
    expect([schema.required, threshold.required, schema.properties!.projects!.items!.required]).toEqual([undefined, ["name"], ["path"]]);
    expect([threshold.properties!.action!.default, schema.properties!.approval_scope!.default]).toEqual(["warn", "amount"]);
  });
});
