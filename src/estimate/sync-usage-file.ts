import { isMap, isScalar, LineCounter, parseDocument, stringify, type Pair, type YAMLMap } from "yaml";
import { pricingFor } from "../resources/model-registry.js";
import type { UsageKey } from "../resources/resource-model.js";
import { compareAddresses } from "./estimate-project.js";
import { matchesWildcard } from "./usage-file.js";
import { commentedKeys, usageKeyTree, usagePaths, type UsageKeyTree } from "./usage-key-tree.js";
import { yamlLineEditor, type YamlLineEditor } from "./yaml-line-editor.js";

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
  /** Keys written (commented out) per entry; empty when the file already had them all. */
  added: { address: string; keys: string[] }[];
}

export class UsageSyncError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageSyncError";
  }
}

const NEW_FILE_HEADER = [
  "# Usage estimates for Costgate, in Infracost's usage file format.",
  "# Uncomment a key and set your own value; `costgate breakdown --sync-usage-file` adds keys for new resources.",
];

/**
 * Adds every usage key the targets' models read and the file lacks, commented out with an
 * example and its description, grouped by resource address (a `[*]` entry that covers an
 * address gets its keys). Nothing the file already says moves or changes: the document is
 * parsed to find the entries and the new lines are inserted into the text. (Re-serializing
 * with the yaml library re-indents trailing comments into the node before them, which would
 * move a team's comments and nest commented-out groups in the wrong place.) Keys present,
 * set or commented out, are left alone, so a second sync adds nothing.
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
  const editor = yamlLineEditor(text, lineCounter);
  const section = root?.items.find((p) => keyText(p) === "resource_usage");
  if (section && isMap(section.value) && section.value.flow) {
    throw new UsageSyncError(`${file}:${editor.pos(section.key).line + 1}: resource_usage is a flow mapping ({...}); write it as a block mapping to sync it`);
  }
  const entries = section && isMap(section.value) ? section.value.items.filter((p) => keyText(p) !== undefined) : [];
  const unit = indentUnit(root, editor);
  const sync = { editor, unit };
  const added: SyncedUsageFile["added"] = [];
  const fresh: string[] = [];
  const entryIndent = " ".repeat(entries.length > 0 ? editor.pos(entries[0]!.key).col : (section ? editor.pos(section.key).col : 0) + unit);

  for (const [entry, target] of targetsByEntry(entries, targets)) {
    const tree = usageKeyTree(target.usage);
    const keys = typeof entry === "string" ? newEntry(entry, tree, entryIndent, unit, fresh) : syncEntry(sync, entry, tree);
    if (keys.length > 0) added.push({ address: target.address, keys });
  }
  if (fresh.length > 0 && section) editor.insertAfter(editor.blockEnd(editor.pos(section.key).line, editor.pos(section.key).col), fresh);
  else if (fresh.length > 0) {
    const header = root !== null ? [] : text.trim() === "" ? [...NEW_FILE_HEADER, "version: 0.1"] : ["version: 0.1"];
    editor.insertAfter(editor.lastLine(), [...header, "resource_usage:", ...fresh]);
  }
  return { text: editor.result(), added };
}

/** Each target under the entry that holds its usage: its own address, else a `[*]` entry matching it, else a new one. */
function targetsByEntry(entries: Pair[], targets: readonly UsageTarget[]): Map<Pair | string, UsageTarget> {
  const byAddress = new Map(entries.map((p) => [keyText(p)!, p]));
  const wildcards = entries.filter((p) => keyText(p)!.includes("[*]"));
  const byEntry = new Map<Pair | string, UsageTarget>();
  for (const t of [...targets].sort((a, b) => compareAddresses(a.address, b.address))) {
    const entry = byAddress.get(t.address) ?? wildcards.find((p) => matchesWildcard(keyText(p)!, t.address));
    const known = byEntry.get(entry ?? t.address);
    byEntry.set(entry ?? t.address, { address: known?.address ?? (entry ? keyText(entry)! : t.address), usage: { ...known?.usage, ...t.usage } });
  }
  return byEntry;
}

function newEntry(address: string, tree: UsageKeyTree, indent: string, unit: number, into: string[]): string[] {
  const { lines, paths } = commentedKeys(tree, new Set(), { indent: indent + " ".repeat(unit), unit });
  if (paths.length > 0) into.push(`${indent}${stringify(address).trim()}:`, ...lines);
  return paths;
}

/** Missing keys of an existing entry; an entry written in flow style (`{...}`) or as a value is left as it is. */
function syncEntry(sync: { editor: YamlLineEditor; unit: number }, entry: Pair, tree: UsageKeyTree): string[] {
  const { editor, unit } = sync;
  const { line, col } = editor.pos(entry.key);
  const value = entry.value;
  const present = presentPaths(editor.lines(line, editor.blockEnd(line, col)), col, isMap(value) ? value.toJSON() : null);
  if (isMap(value)) return value.flow ? [] : syncMap(sync, value, { line, col }, tree, present, "");
  if (value !== null && !(isScalar(value) && value.value === null)) return [];
  const block = commentedKeys(tree, present, { indent: " ".repeat(col + unit), unit });
  if (block.lines.length > 0) editor.insertAfter(editor.blockEnd(line, col), block.lines);
  return block.paths;
}

/** One block mapping's missing keys go at its end; a group's go inside the group when it is there. */
function syncMap(sync: { editor: YamlLineEditor; unit: number }, map: YAMLMap, key: { line: number; col: number }, tree: UsageKeyTree, present: Set<string>, prefix: string): string[] {
  const { editor, unit } = sync;
  const indent = " ".repeat(map.items.length > 0 ? editor.pos(map.items[0]!.key).col : key.col + unit);
  const own = commentedKeys({ leaves: tree.leaves, groups: new Map() }, present, { indent, unit, prefix });
  const paths = [...own.paths];
  for (const [group, sub] of tree.groups) {
    const pair = map.items.find((p) => keyText(p) === group);
    if (pair && isMap(pair.value) && !pair.value.flow) paths.push(...syncMap(sync, pair.value, editor.pos(pair.key), sub, present, `${prefix}${group}.`));
    else if (!pair) {
      const block = commentedKeys({ leaves: [], groups: new Map([[group, sub]]) }, present, { indent, unit, prefix });
      own.lines.push(...block.lines);
      paths.push(...block.paths);
    }
  }
  if (own.lines.length > 0) editor.insertAfter(editor.blockEnd(key.line, key.col), own.lines);
  return paths;
}

/**
 * Dotted paths an entry already has, set or commented out: its lines, with "# " taken off the
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

/** The file's indentation step, from its first nested mapping; 2 for a new file. */
function indentUnit(root: YAMLMap | null, editor: YamlLineEditor): number {
  for (const pair of root?.items ?? []) {
    if (isMap(pair.value) && !pair.value.flow && pair.value.items.length > 0) return editor.pos(pair.value.items[0]!.key).col - editor.pos(pair.key).col;
  }
  return 2;
}
