import type { LocalSource } from "./local-source.js";

/**
 * Files that differ between two local checkouts, relative to the directories named: added,
 * removed, or with different contents. Listing both sides and comparing what both have is
 * what lets `costgate diff` estimate only the projects a change touches.
 */
export async function changedFilesBetween(base: LocalSource, head: LocalSource): Promise<string[]> {
  const [baseFiles, headFiles] = await Promise.all([relativeFiles(base), relativeFiles(head)]);
  const inBase = new Set(baseFiles);
  const inHead = new Set(headFiles);
  const changed = [...baseFiles.filter((f) => !inHead.has(f)), ...headFiles.filter((f) => !inBase.has(f))];
  const both = headFiles.filter((f) => inBase.has(f));
  const differs = await Promise.all(both.map(async (f) => (await base.tree.read(join(base.prefix, f))) !== (await head.tree.read(join(head.prefix, f)))));
  changed.push(...both.filter((_, i) => differs[i]));
  return changed.sort();
}

async function relativeFiles(source: LocalSource): Promise<string[]> {
  const all = await source.tree.list();
  if (source.prefix === "") return all;
  return all.filter((f) => f.startsWith(`${source.prefix}/`)).map((f) => f.slice(source.prefix.length + 1));
}

export function join(prefix: string, file: string): string {
  return prefix === "" ? file : `${prefix}/${file}`;
}
