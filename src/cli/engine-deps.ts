import type { EngineDeps } from "../estimate/estimate-tree.js";
import { createModuleFetcher } from "../modules/index.js";
import { createPricing } from "../pricing/create-pricing.js";

/** Prices and remote modules for a CLI run, configured from the environment. */
export async function cliEngineDeps(env: NodeJS.ProcessEnv): Promise<EngineDeps> {
  return {
    prices: await createPricing({ env }),
    modules: createModuleFetcher({ github: { token: env.GITHUB_TOKEN } }),
  };
}
