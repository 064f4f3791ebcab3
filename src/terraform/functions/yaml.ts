import { parseAllDocuments, type Tags } from "yaml";
import { toStringArg } from "./args.js";
import { FunctionError, type FunctionDef } from "./function-types.js";
import { encodeYaml } from "./yaml-encode.js";
import type { Value } from "../value.js";

/** Plain YAML values as Terraform's decoder reads them (YAML 1.1 booleans, no octal). */
function toValue(node: unknown): Value {
  if (node instanceof Date) return node.toISOString().replace(/\.000Z$/, "Z");
  if (node instanceof Map) return Object.fromEntries(Array.from(node, ([k, v]) => [String(k), toValue(v)]));
  if (Array.isArray(node)) return node.map(toValue);
  if (node !== null && typeof node === "object") {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, toValue(v)]));
  }
  if (typeof node === "bigint") return Number(node);
  return (node ?? null) as Value;
}

// Terraform reads "012" as twelve, not as YAML 1.1 octal.
const customTags = (tags: Tags) => tags.filter((t) => !(typeof t === "object" && t.tag === "tag:yaml.org,2002:int" && t.format === "OCT"));

export const yamlFunctions: Record<string, FunctionDef> = {
  yamlencode: { arity: [1, 1], impl: ([value]) => encodeYaml(value!) },
  yamldecode: {
    arity: [1, 1],
    impl: ([text]) => {
      const docs = parseAllDocuments(toStringArg(text!, 0), { schema: "yaml-1.1", customTags, merge: true, uniqueKeys: false });
      if (!Array.isArray(docs) || docs.length === 0) throw new FunctionError("on line 1, column 1: missing start of document", 0);
      if (docs.length > 1) throw new FunctionError("unexpected extra content after value", 0);
      const doc = docs[0]!;
      if (doc.errors.length > 0) throw new FunctionError(`on line ${doc.errors[0]!.linePos?.[0].line ?? 1}: ${doc.errors[0]!.message.split("\n")[0]}`, 0);
      return toValue(doc.toJS({ mapAsMap: false }));
    },
  },
};
