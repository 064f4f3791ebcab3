import { createHash, type BinaryLike } from "node:crypto";
import { toStringArg } from "./args.js";
import { FunctionError, type FunctionDef } from "./function-types.js";
import { unknownResult } from "./unknown-result.js";

export function digest(algorithm: string, data: BinaryLike, encoding: "hex" | "base64"): string {
  return createHash(algorithm).update(data).digest(encoding);
}

function hashOf(algorithm: string, encoding: "hex" | "base64"): FunctionDef {
  return { arity: [1, 1], impl: ([s]) => digest(algorithm, Buffer.from(toStringArg(s!, 0), "utf8"), encoding) };
}

/** RFC 4122 namespaces that uuidv5 accepts by name. */
const NAMESPACES: Record<string, string> = {
  dns: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
  url: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
  oid: "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
  x500: "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
};

function uuidBytes(text: string): Buffer | undefined {
  const hex = text.replace(/^urn:uuid:/i, "").replace(/^\{(.*)\}$/, "$1");
  if (!/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(hex)) return undefined;
  return Buffer.from(hex.replaceAll("-", ""), "hex");
}

function uuidv5(namespace: string, name: string): string {
  const ns = uuidBytes(NAMESPACES[namespace] ?? namespace);
  if (!ns) throw new FunctionError(`uuidv5() doesn't support namespace ${namespace} (invalid UUID length: ${namespace.length})`, 0);
  const hash = createHash("sha1").update(ns).update(name, "utf8").digest().subarray(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const hashFunctions: Record<string, FunctionDef> = {
  md5: hashOf("md5", "hex"),
  sha1: hashOf("sha1", "hex"),
  sha256: hashOf("sha256", "hex"),
  sha512: hashOf("sha512", "hex"),
  base64sha256: hashOf("sha256", "base64"),
  base64sha512: hashOf("sha512", "base64"),
  uuidv5: { arity: [2, 2], impl: ([ns, name]) => uuidv5(toStringArg(ns!, 0), toStringArg(name!, 1)) },
  uuid: { arity: [0, 0], impl: () => unknownResult("uuid", "a random UUID is generated on every Terraform run") },
  bcrypt: { arity: [1, 2], impl: () => unknownResult("bcrypt", "the hash uses a random salt chosen on every Terraform run") },
  rsadecrypt: { arity: [2, 2], impl: () => unknownResult("rsadecrypt", "Costgate does not decrypt secrets") },
};
