/** Writes schema/costgate.schema.json from the Zod schema: `npx tsx scripts/generate-config-schema.ts`. */
import { writeFileSync } from "node:fs";
import { CONFIG_JSON_SCHEMA_PATH, configJsonSchemaText } from "../src/policy/config-json-schema.js";

writeFileSync(CONFIG_JSON_SCHEMA_PATH, configJsonSchemaText());
console.log(`wrote ${CONFIG_JSON_SCHEMA_PATH}`);
