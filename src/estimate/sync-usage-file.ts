import { isMap, isScalar, LineCounter, parseDocument, stringify, type Pair, type YAMLMap } from "yaml";
import { pricingFor } from "../resources/model-registry.js";
import type { UsageKey } from "../resources/resource-model.js";
import { compareAddresses } from "./estimate-project.js";
import { commentedKeys, usageKeyTree, usagePaths, type UsageKeyTree } from "./usage-key-tree.js";

/** A resource of the project and the usage keys its cost model reads. */
export interface UsageTarget {
  address: string;
  usage: Readonly<Record<string, UsageKey>>;
}

/** The resources whose cost models read usage keys, from a breakdown's resources. */
export function usageTargets(resources: readonly { address: string; type: string }[]): UsageTarget[] {
  return resources.flatMap((r) => {
    const pricing = pricingFor(r.type);
    const usage = pricing.kind === "model" ? pricing.model.usage : undefined;
    return usage && Object.keys(usage).length > 0 ? [{ address: r.address, usage }] : [];
  });
}

export interface SyncedUsageFile {
  text: string;
  /** Keys written (commented out) per address; empty when the file already had them all. */
  added: { address: string; keys: string[] }[];
}

export class UsageSyncError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageSyncError";
  }
}

const NEW_FILE = [
  "# Usage estimates for Costgate, in Infracost's usage file format.",
  "# Uncomment a key and set your own value; `costgate breakdown --sync-usage-file` adds keys for new resources.",
  "version: 0.1",
];

/**
 * Adds every usage key the targets' models read and the file lacks, commented out with an
 * example and its description, grouped by resource address. Nothing the file already says
 * moves or changes: the document is parsed only to find where entries are, and the new lines
 * are inserted into the text. (Re-serializing with the yaml library would re-indent trailing
 * comments into the preceding node, so a commented-out group could end up nested elsewhere.)
 * Keys that are present, set or commented out, are left alone, so syncing twice adds nothing.
 */
export function syncUsageFile(text: string, targets: readonly UsageTarget[], file: string): SyncedUsageFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new UsageSyncError(`${file}:${lineCounter.linePos(error.pos[0]).line}: invalid YAML: ${error.message.split("\n")[0]}`);
  }
  const root = doc.contents === null ? null : isMap(doc.contents) && !doc.contents.flow ? doc.contents : undefined;
  if (root === undefined) throw new UsageSyncError(`${file}:1: a usage file is a YAML mapping with version and resource_usage`);
  const lines = text === "" ? [] : text.replace(/\n$/, "").split("\n");
  /** 0-based line and column where a parsed node starts. */
  const pos = (node: unknown) => {
    const p = lineCounter.linePos((node as { range: [number, number, number] }).range[0]);
    return { line: p.line - 1, col: p.col - 1 };
  };
  const inserts = new Map<number, string[]>();
  const insertAfter = (line: number, added: string[]) => inserts.set(line, [...(inserts.get(line) ?? []), ...added]);
  const blockEnd = (keyLine: number, keyCol: number) => {
    let last = keyLine;
    for (let i = keyLine + 1; i < lines.length && (lines[i]!.trim() === "" || indentOf(lines[i]!) > keyCol); i++) if (lines[i]!.trim() !== "") last = i;
    return last;
  };

  const section = root?.items.find((p) => keyText(p) === "resource_usage");
  const sectionMap = section && isMap(section.value) ? section.value : undefined;
  if (sectionMap?.flow) throw new UsageSyncError(`${file}:${pos(section!.key).line + 1}: resource_usage is a flow mapping ({...}); write it as a block mapping to sync it`);
  const entries = sectionMap?.items.filter((p) => keyText(p) !== undefined) ?? [];
  const unit = indentUnit(root, pos);
  const added: SyncedUsageFile["added"] = [];

  const byEntry = new Map<Pair | string, UsageTarget>();
  for (const t of [...targets].sort((a, b) => compareAddresses(a.address, b.address))) {
    const entry = entries.find((p) => keyText(p) === t.address) ?? entries.find((p) => matchesWildcard(keyText(p)!, t.address));
    const key = entry ?? t.address;
    const known = byEntry.get(key);
    byEntry.set(key, known ? { address: known.address, usage: { ...known.usage, ...t.usage } } : { address: entry ? keyText(entry)! : t.address, usage: t.usage });
  }

  const fresh: string[] = [];
  const entryIndent = " ".repeat(entries.length > 0 ? pos(entries[0]!.key).col : (section ? pos(section.key).col : 0) + unit);
  for (const [entry, target] of byEntry) {
    const tree = usageKeyTree(target.usage);
    if (typeof entry === "string") {
      const { lines: keyLines, paths } = commentedKeys(tree, new Set(), { indent: entryIndent + " ".repeat(unit), unit });
      if (paths.length > 0) fresh.push(`${entryIndent}${stringify(entry).trim()}:`, ...keyLines);
      if (paths.length > 0) added.push({ address: entry, keys: paths });
      continue;
    }
    const { line, col } = pos(entry.key);
    const value = entry.value;
    const present = presentPaths(lines.slice(line, blockEnd(line, col) + 1), col, isMap(value) ? value.toJSON() : null);
    let paths: string[] = [];
    if (value === null || (isScalar(value) && value.value === null)) {
      const block = commentedKeys(tree, present, { indent: " ".repeat(col + unit), unit });
      if (block.lines.length > 0) insertAfter(blockEnd(line, col), block.lines);
      paths = block.paths;
    } else if (isMap(value) && !value.flow) {
      paths = syncMap(value, line, col, tree, present, "");
    }
    if (paths.length > 0) added.push({ address: target.address, keys: paths });
  }

  /** Missing keys of one block mapping: its own at its end, a group's inside the group when the group is there. */
  function syncMap(map: YAMLMap, keyLine: number, keyCol: number, tree: UsageKeyTree, present: Set<string>, prefix: string): string[] {
    const indent = " ".repeat(map.items.length > 0 ? pos(map.items[0]!.key).col : keyCol + unit);
    const own = commentedKeys({ leaves: tree.leaves, groups: new Map() }, present, { indent, unit, prefix });
    const paths = [...own.paths];
    for (const [group, sub] of tree.groups) {
      const pair = map.items.find((p) => keyText(p) === group);
      if (pair && isMap(pair.value) && !pair.value.flow) {
        const at = pos(pair.key);
        paths.push(...syncMap(pair.value, at.line, at.col, sub, present, `${prefix}${group}.`));
      } else if (!pair) {
        const block = commentedKeys({ leaves: [], groups: new Map([[group, sub]]) }, present, { indent, unit, prefix });
        own.lines.push(...block.lines);
        paths.push(...block.paths);
      }
    }
    if (own.lines.length > 0) insertAfter(blockEnd(keyLine, keyCol), own.lines);
    return paths;
  }

  if (fresh.length > 0) {
    if (section) insertAfter(blockEnd(pos(section.key).line, pos(section.key).col), fresh);
    else insertAfter(lines.length - 1, [...(root === null ? NEW_FILE.slice(lines.length > 0 ? 2 : 0) : []), "resource_usage:", ...fresh]);
  }
  if (inserts.size === 0) return { text, added };
  for (const at of [...inserts.keys()].sort((a, b) => b - a)) lines.splice(at + 1, 0, ...inserts.get(at)!);
  return { text: `${lines.join("\n")}\n`, added };
}

/**
 * Dotted paths an entry already has, set or commented out: its lines with "# " removed from
 * comment lines that look like keys, read as YAML. Falls back to the keys that are set.
 */
function presentPaths(entryLines: string[], keyCol: number, setValue: unknown): Set<string> {
  const virtual = entryLines.flatMap((line, i) => {
    const comment = /^(\s*)# ?(.*)$/.exec(line);
    if (i === 0 || !comment) return line.trim() === "" ? [] : [line];
    return comment[1]!.length > keyCol && /^\s*[\w".[\]*-]+:(\s|$)/.test(comment[2]!) ? [comment[1]! + comment[2]!] : [];
  });
  const parsed = parseDocument(virtual.join("\n"));
  const entry = parsed.errors.length === 0 ? Object.values((parsed.toJS() ?? {}) as Record<string, unknown>)[0] : setValue;
  return usagePaths(entry);
}

function keyText(pair: Pair): string | undefined {
  return isScalar(pair.key) && pair.key.value !== null ? String(pair.key.value) : undefined;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The file's indentation step, from its first nested mapping; 2 for a new file. */
function indentUnit(root: YAMLMap | null, pos: (node: unknown) => { col: number }): number {
  for (const pair of root?.items ?? []) {
    if (isMap(pair.value) && !pair.value.flow && pair.value.items.length > 0) return pos(pair.value.items[0]!.key).col - pos(pair.key).col;
  }
  return 2;
}

/** `aws_instance.web[*]` matches every instance of `aws_instance.web` (the rule `usageFor` applies). */
function matchesWildcard(pattern: string, address: string): boolean {
  if (!pattern.includes("[*]")) return false;
  const parts = pattern.split("[*]").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join('\\[(?:\\d+|"(?:[^"\\\\]|\\\\.)*")\\]')}$`).test(address);
}
