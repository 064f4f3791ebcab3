import path from "node:path/posix";
import type { SourceTree } from "../../source/source-tree.js";
import { FileNotLoaded } from "../functions/function-types.js";

/** `a/./b/../c` -> `a/c`; "" and "./" -> ".". */
export function normalizePath(p: string): string {
  const n = path.normalize(p || ".");
  return n === "./" ? "." : n.replace(/\/$/, "");
}

export function joinPath(...parts: string[]): string {
  return normalizePath(path.join(...parts));
}

export function dirName(p: string): string {
  return normalizePath(path.dirname(p));
}

export function relativePath(from: string, to: string): string {
  return path.relative(from === "." ? "" : from, to === "." ? "" : to) || ".";
}

interface Mount {
  prefix: string;
  tree: SourceTree;
  files: string[];
}

/**
 * The files evaluation can see, as one path space relative to the project's source root:
 * the project's tree, plus each fetched remote module mounted under
 * `<root>/.terraform/modules/<name>` (where Terraform itself would put it). Reads are async
 * (files may come from GitHub), so what is needed is loaded first and then read synchronously.
 */
export interface SourceFiles {
  mount(prefix: string, tree: SourceTree): Promise<void>;
  /** Every known file under `dir` (recursive), sorted. */
  list(dir: string): string[];
  exists(file: string): boolean;
  load(file: string): Promise<string | undefined>;
  /** Loaded contents; undefined when the file does not exist; throws FileNotLoaded when it is not loaded yet. */
  read(file: string): string | undefined;
}

export async function createSourceFiles(tree: SourceTree): Promise<SourceFiles> {
  const mounts: Mount[] = [];
  const contents = new Map<string, string>();
  const known = new Set<string>();
  // Sorted, so the files under a directory are one contiguous range found by binary search.
  let sorted: string[] = [];
  const mountOf = (file: string): Mount | undefined => {
    let best: Mount | undefined;
    for (const m of mounts) {
      if ((m.prefix === "" || file === m.prefix || file.startsWith(`${m.prefix}/`)) && (!best || m.prefix.length > best.prefix.length)) best = m;
    }
    return best;
  };
  const files: SourceFiles = {
    async mount(prefix, t) {
      const listed = await t.list();
      const p = prefix === "." ? "" : prefix;
      const m: Mount = { prefix: p, tree: t, files: listed.map((f) => (p ? `${p}/${f}` : f)) };
      mounts.push(m);
      for (const f of m.files) known.add(f);
      sorted = [...known].sort();
    },
    list(dir) {
      const d = normalizePath(dir);
      if (d === ".") return sorted.slice();
      const prefix = `${d}/`;
      const out: string[] = [];
      for (let k = lowerBound(sorted, prefix); k < sorted.length && sorted[k].startsWith(prefix); k++) out.push(sorted[k]);
      return out;
    },
    exists: (file) => known.has(normalizePath(file)),
    async load(file) {
      const f = normalizePath(file);
      if (contents.has(f)) return contents.get(f);
      if (!known.has(f)) return undefined;
      const m = mountOf(f)!;
      const text = await m.tree.read(m.prefix ? f.slice(m.prefix.length + 1) : f);
      contents.set(f, text);
      return text;
    },
    read(file) {
      const f = normalizePath(file);
      const text = contents.get(f);
      if (text !== undefined) return text;
      if (known.has(f)) throw new FileNotLoaded(f);
      return undefined;
    },
  };
  await files.mount("", tree);
  return files;
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
