import { loadConfig } from "../../../src/policy/load-config.js";
import type { CostgateConfig } from "../../../src/policy/config-schema.js";

/** A config from YAML that must be valid: tests of later stages start from what users write. */
export function config(yaml: string): CostgateConfig {
  const loaded = loadConfig(yaml, ".github/costgate.yml");
  if (!loaded.config) throw new Error(`test config is invalid: ${JSON.stringify(loaded.errors)}`);
  return loaded.config;
}
