import { formatNumber, isObject } from "./values.js";
import { sortedKeys, type Value } from "../value.js";

/** Go-yaml's emitter line width: double-quoted strings fold at a space past this column. */
const BEST_WIDTH = 80;

const isPrintable = (cp: number) =>
  cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || cp === 0x85 || (cp >= 0xa0 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) || cp >= 0x10000;

const NAMED_ESCAPES: Record<number, string> = {
  0: "0", 7: "a", 8: "b", 9: "t", 10: "n", 11: "v", 12: "f", 13: "r", 0x1b: "e", 0x22: '"', 0x5c: "\\",
  0x85: "N", 0xa0: "_", 0x2028: "L", 0x2029: "P",
};

function escapeChar(ch: string): string | undefined {
  const cp = ch.codePointAt(0)!;
  if (isPrintable(cp) && cp !== 0x0a && cp !== 0x22 && cp !== 0x5c && cp !== 0x85 && cp !== 0x2028 && cp !== 0x2029) return undefined;
  if (NAMED_ESCAPES[cp] !== undefined) return `\\${NAMED_ESCAPES[cp]}`;
  const hex = cp.toString(16).toUpperCase();
  return cp <= 0xff ? `\\x${hex.padStart(2, "0")}` : cp <= 0xffff ? `\\u${hex.padStart(4, "0")}` : `\\U${hex.padStart(8, "0")}`;
}

/** A double-quoted scalar starting at `column`, folded at spaces as go-yaml does. */
function doubleQuoted(text: string, column: number, indent: number): string {
  const chars = Array.from(text);
  let out = '"';
  let col = column + 1;
  let spaces = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const escaped = escapeChar(ch);
    if (escaped) {
      out += escaped;
      col += escaped.length;
      spaces = false;
    } else if (ch === " ") {
      if (!spaces && col > BEST_WIDTH && i !== 0 && i !== chars.length - 1) {
        out += `\n${" ".repeat(indent)}`;
        col = indent;
        if (chars[i + 1] === " ") {
          out += "\\";
          col++;
        }
      } else {
        out += ch;
        col++;
      }
      spaces = true;
    } else {
      out += ch;
      col++;
      spaces = false;
    }
  }
  return `${out}"`;
}

/** Multi-line strings go in literal block style when go-yaml allows it. */
function literalAllowed(text: string): boolean {
  return (
    text.includes("\n") && !text.endsWith(" ") && !/ \n/.test(text) &&
    Array.from(text).every((ch) => isPrintable(ch.codePointAt(0)!))
  );
}

function literal(text: string, indent: number): string {
  const hint = text[0] === " " || text[0] === "\n" ? "2" : "";
  const chomp = !text.endsWith("\n") ? "-" : text === "\n" || text.endsWith("\n\n") ? "+" : "";
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  const lines = body.split("\n").map((line) => (line === "" ? "" : " ".repeat(indent) + line));
  return `|${hint}${chomp}\n${lines.join("\n")}`;
}

function scalar(value: Value, column: number, indent: number): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") return literalAllowed(value) ? literal(value, indent) : doubleQuoted(value, column, indent);
  if (Array.isArray(value)) return "[]";
  return "{}";
}

const isBlock = (v: Value) => (Array.isArray(v) && v.length > 0) || (isObject(v) && Object.keys(v).length > 0);

/** Lines of a block collection at `indent`; the first line's prefix is written by the caller. */
function block(value: Value, indent: number, column: number): string {
  const pad = " ".repeat(indent);
  if (Array.isArray(value)) {
    return value
      .map((item, i) => {
        const start = (i === 0 ? column : indent) + 2;
        return `${i === 0 ? "" : pad}- ${isBlock(item) ? block(item, indent + 2, start) : scalar(item, start, indent + 2)}`;
      })
      .join("\n");
  }
  const obj = value as Record<string, Value>;
  return sortedKeys(obj)
    .map((key, i) => {
      const start = i === 0 ? column : indent;
      const head = `${i === 0 ? "" : pad}${doubleQuoted(key, start, indent + 2)}:`;
      const v = obj[key]!;
      const keyEnd = start + head.length - (i === 0 ? 0 : indent);
      if (!isBlock(v)) return `${head} ${scalar(v, keyEnd + 1, indent + 2)}`;
      if (Array.isArray(v)) return `${head}\n${pad}${block(v, indent, indent)}`;
      return `${head}\n${pad}  ${block(v, indent + 2, indent + 2)}`;
    })
    .join("\n");
}

/** `yamlencode` in the style Terraform writes: quoted keys and strings, literal blocks for lines. */
export function encodeYaml(value: Value): string {
  if (isBlock(value)) return `${block(value, 0, 0)}\n`;
  const text = scalar(value, 0, 2);
  // go-yaml closes a document whose root is a plain scalar with the "..." end marker.
  const plain = value === null || typeof value === "number" || typeof value === "boolean";
  return plain ? `${text}\n...\n` : `${text}\n`;
}
