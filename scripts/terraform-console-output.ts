/**
 * Reads what `terraform console` prints, for the fixture generator: Go-quoted strings, and the
 * HCL-like rendering of values that are partly unknown (`(known after apply)`).
 */

/** Go's strconv.Unquote for a double-quoted string. */
export function unquoteGoString(quoted: string): string {
  const body = quoted.slice(1, -1);
  const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", a: "\x07", b: "\b", f: "\f", v: "\v", "\\": "\\", '"': '"', "'": "'" };
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_, esc: string) => {
    if (/^[xuU]/.test(esc)) return String.fromCodePoint(parseInt(esc.slice(1), 16));
    if (/^[0-7]{3}$/.test(esc)) return String.fromCharCode(parseInt(esc, 8));
    const ch = simple[esc];
    if (ch === undefined) throw new Error(`unknown escape \\${esc}`);
    return ch;
  });
}

const TOKEN = /\s*("(?:[^"\\]|\\.)*"|\(known after apply\)|\(sensitive value\)|-?\d+(?:\.\d+)?(?:e[-+]?\d+)?|true|false|null|to(?:list|set|map|string|number|bool)\(|[[\]{}(),=])/y;

/** Parses the console rendering into fixture JSON; unknowns become `{"$unknown": true}`. */
export function parseConsoleValue(text: string): unknown {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const m = TOKEN.exec(text);
    if (!m) {
      if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
      throw new Error(`cannot read console output at ${TOKEN.lastIndex}: ${text}`);
    }
    tokens.push(m[1]!);
  }
  let i = 0;
  const value = (): unknown => {
    const t = tokens[i++];
    if (t === undefined) throw new Error(`unexpected end of console output: ${text}`);
    if (t === "(known after apply)") return { $unknown: true };
    if (t === "(sensitive value)") throw new Error("sensitive results cannot be recorded; wrap them in nonsensitive()");
    if (t.startsWith('"')) return unquoteGoString(t);
    if (t === "true" || t === "false") return t === "true";
    if (t === "null") return null;
    if (/^to\w+\($/.test(t)) {
      const inner = value();
      i++; // ")"
      return inner;
    }
    if (t === "[") {
      const items: unknown[] = [];
      while (tokens[i] !== "]") {
        items.push(value());
        if (tokens[i] === ",") i++;
      }
      i++;
      return items;
    }
    if (t === "{") {
      const obj: Record<string, unknown> = {};
      while (tokens[i] !== "}") {
        const key = unquoteGoString(tokens[i++]!);
        i++; // "="
        obj[key] = value();
        if (tokens[i] === ",") i++;
      }
      i++;
      return obj;
    }
    return Number(t);
  };
  return value();
}
