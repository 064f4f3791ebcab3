import type { UsageValue, UsageValues } from "../estimate/usage-file.js";

/** Reads a resource's usage values; keys may be dotted for nested groups (`standard.storage_gb`). */
export class UsageReader {
  constructor(private readonly values: UsageValues) {}

  number(key: string): number | undefined {
    const v = this.get(key);
    if (typeof v === "number") return v;
    if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
    return undefined;
  }

  string(key: string): string | undefined {
    const v = this.get(key);
    return typeof v === "string" || typeof v === "number" ? String(v) : undefined;
  }

  private get(key: string): UsageValue | undefined {
    let node: UsageValue | undefined = this.values;
    for (const part of key.split(".")) {
      if (typeof node !== "object" || node === null || Array.isArray(node)) return undefined;
      node = node[part];
    }
    return node;
  }
}
