import type { ResourceInstance } from "./resource-instance.js";
import { isUnknown } from "./unknown.js";

/**
 * The `costgate resources` output. JSON: one object per instance with its evaluated
 * attributes, unknown values as `{"unknown": true, "reason": ...}`. Table: one line per
 * instance with its region and where it is declared.
 */
export function formatResources(instances: ResourceInstance[], format: "json" | "table"): string {
  if (format === "json") {
    const rows = instances.map((i) => ({
      address: i.address,
      type: i.type,
      region: i.region,
      module: i.module,
      file: i.file,
      line: i.line,
      countUnknown: i.countUnknown,
      attributes: i.attributes,
    }));
    return `${JSON.stringify(rows, null, 2)}\n`;
  }
  const rows = instances.map((i) => [
    i.address,
    isUnknown(i.region) ? "(unknown)" : i.region,
    `${i.file}:${i.line}`,
    i.countUnknown ? "count unknown: assumed 1" : "",
  ]);
  const header = ["ADDRESS", "REGION", "DECLARED AT", "NOTE"];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd();
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}
