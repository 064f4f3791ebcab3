import { collectionFunctions } from "./collection.js";
import { csvFunctions } from "./csv.js";
import { dateTimeFunctions } from "./date-time.js";
import { encodingFunctions } from "./encoding.js";
import { filesystemFunctions } from "./filesystem.js";
import { formatFunctions } from "./format.js";
import type { FunctionDef } from "./function-types.js";
import { hashFunctions } from "./hash-crypto.js";
import { ipNetworkFunctions } from "./ip-network.js";
import { jsonFunctions } from "./json.js";
import { mapFunctions } from "./maps.js";
import { numericFunctions } from "./numeric.js";
import { regexFunctions } from "./regex.js";
import { setFunctions } from "./sets.js";
import { stringFunctions } from "./string.js";
import { templateStringFunctions } from "./templatestring.js";
import { typeConversionFunctions } from "./type-conversion.js";
import { yamlFunctions } from "./yaml.js";

export { callFunction } from "./call-function.js";

/**
 * Terraform's built-in functions by name. The evaluator calls through this table; a name
 * missing here (or a provider-defined `provider::...` function) evaluates to Unknown.
 */
export const builtinFunctions: Readonly<Record<string, FunctionDef>> = {
  ...numericFunctions,
  ...stringFunctions,
  ...formatFunctions,
  ...regexFunctions,
  ...templateStringFunctions,
  ...collectionFunctions,
  ...mapFunctions,
  ...setFunctions,
  ...encodingFunctions,
  ...jsonFunctions,
  ...csvFunctions,
  ...yamlFunctions,
  ...filesystemFunctions,
  ...dateTimeFunctions,
  ...hashFunctions,
  ...ipNetworkFunctions,
  ...typeConversionFunctions,
};
