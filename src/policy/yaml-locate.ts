import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import type { KeyPath } from "./config-problem.js";

/**
 * The 1-based line of a key path in a parsed YAML document: the value when it exists, the
 * key itself when `atKey` (an unknown key), or the deepest enclosing node when the key is
 * missing, so "missing: expected a name" points at the threshold that lacks it.
 */
export function lineOf(doc: Document, lines: LineCounter, path: KeyPath, opts: { atKey?: boolean } = {}): number | null {
  let node: unknown = doc.contents;
  let line = startLine(node, lines);
  for (const [i, key] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return line;
      if (last && opts.atKey) return startLine(pair.key, lines) ?? line;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof key === "number" && key < node.items.length) {
      node = node.items[key];
    } else {
      return line;
    }
    line = startLine(node, lines) ?? line;
  }
  return line;
}

function startLine(node: unknown, lines: LineCounter): number | null {
  const range = (node as Node | null)?.range;
  return range ? lines.linePos(range[0]).line : null;
}
