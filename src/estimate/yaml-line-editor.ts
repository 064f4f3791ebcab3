import type { LineCounter } from "yaml";

/**
 * Edits a YAML text by inserting whole lines, so every byte already there stays where it is:
 * the parsed document says where things are, the text is never re-serialized.
 */
export interface YamlLineEditor {
  /** 0-based line and column where a parsed node starts. */
  pos(node: unknown): { line: number; col: number };
  /** The last line of the block a key at (`line`, `col`) opens: the lines after it indented deeper (comments included). */
  blockEnd(line: number, col: number): number;
  /** Lines `from` to `to`, inclusive, as they are. */
  lines(from: number, to: number): string[];
  /** Index of the last line (-1 for an empty text), to append after it. */
  lastLine(): number;
  insertAfter(line: number, added: readonly string[]): void;
  /** The edited text, or the original byte for byte when nothing was inserted. */
  result(): string;
}

export function yamlLineEditor(text: string, lineCounter: LineCounter): YamlLineEditor {
  const lines = text === "" ? [] : text.replace(/\n$/, "").split("\n");
  const inserts = new Map<number, string[]>();
  return {
    pos(node) {
      const p = lineCounter.linePos((node as { range: [number, number, number] }).range[0]);
      return { line: p.line - 1, col: p.col - 1 };
    },
    blockEnd(line, col) {
      let last = line;
      for (let i = line + 1; i < lines.length; i++) {
        const l = lines[i]!;
        if (l.trim() === "") continue;
        if (l.length - l.trimStart().length <= col) break;
        last = i;
      }
      return last;
    },
    lines: (from, to) => lines.slice(from, to + 1),
    lastLine: () => lines.length - 1,
    insertAfter(line, added) {
      inserts.set(line, [...(inserts.get(line) ?? []), ...added]);
    },
    result() {
      if (inserts.size === 0) return text;
      const edited = [...lines];
      for (const at of [...inserts.keys()].sort((a, b) => b - a)) edited.splice(at + 1, 0, ...inserts.get(at)!);
      return `${edited.join("\n")}\n`;
    },
  };
}
