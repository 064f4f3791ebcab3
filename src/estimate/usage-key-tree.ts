import { stringify } from "yaml";
import type { UsageKey } from "../resources/resource-model.js";

/** A model's usage keys as the usage file nests them: `standard.storage_gb` is `storage_gb` in group `standard`. */
export interface UsageKeyTree {
  leaves: [string, UsageKey][];
  groups: Map<string, UsageKeyTree>;
}

export function usageKeyTree(keys: Readonly<Record<string, UsageKey>>): UsageKeyTree {
  const root: UsageKeyTree = { leaves: [], groups: new Map() };
  for (const [dotted, key] of Object.entries(keys)) {
    const path = dotted.split(".");
    let node = root;
    for (const group of path.slice(0, -1)) {
      let next = node.groups.get(group);
      if (!next) node.groups.set(group, (next = { leaves: [], groups: new Map() }));
      node = next;
    }
    node.leaves.push([path[path.length - 1]!, key]);
  }
  return root;
}

/**
 * Commented-out lines for the keys of `tree` not in `present` (dotted paths under `prefix`):
 * `# monthly_requests: 1000000  # Requests a month`. Removing "# " from a line gives valid
 * YAML at the right depth, groups included. Returns the dotted paths it wrote, too.
 */
export function commentedKeys(tree: UsageKeyTree, present: ReadonlySet<string>, opts: { indent: string; unit: number; prefix?: string; depth?: number }): { lines: string[]; paths: string[] } {
  const prefix = opts.prefix ?? "";
  const depth = opts.depth ?? 0;
  const pad = `${opts.indent}# ${" ".repeat(opts.unit * depth)}`;
  const lines: string[] = [];
  const paths: string[] = [];
  for (const [name, key] of tree.leaves) {
    if (present.has(prefix + name)) continue;
    lines.push(`${pad}${name}: ${exampleText(key)}  # ${key.description}`);
    paths.push(prefix + name);
  }
  for (const [group, sub] of tree.groups) {
    const inner = commentedKeys(sub, present, { ...opts, prefix: `${prefix}${group}.`, depth: depth + 1 });
    if (inner.lines.length === 0) continue;
    lines.push(`${pad}${group}:`, ...inner.lines);
    paths.push(...inner.paths);
  }
  return { lines, paths };
}

function exampleText(key: UsageKey): string {
  const value = key.example ?? (key.type === "number" ? 0 : "");
  return stringify(value).trim();
}

/** Every dotted path (groups and leaves) of a parsed usage entry. */
export function usagePaths(value: unknown, prefix = "", into = new Set<string>()): Set<string> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return into;
  for (const [key, inner] of Object.entries(value)) {
    into.add(prefix + key);
    usagePaths(inner, `${prefix}${key}.`, into);
  }
  return into;
}
