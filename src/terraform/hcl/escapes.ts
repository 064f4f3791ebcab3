/**
 * Decodes a quoted-template literal: `\n \r \t \" \\ \uNNNN \UNNNNNNNN`, `$${` and `%%{`.
 * Heredocs pass `quoted = false`: backslashes are literal there, only `$${`/`%%{` unescape.
 * Returns the text and the offending escape when one is invalid.
 */
export function decodeLiteral(raw: string, quoted: boolean): { text: string; badEscape?: string } {
  if (!raw.includes("\\") && !raw.includes("$${") && !raw.includes("%%{")) return { text: raw };
  let out = "";
  let badEscape: string | undefined;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if ((c === "$" || c === "%") && raw[i + 1] === c && raw[i + 2] === "{") {
      out += c + "{";
      i += 2;
      continue;
    }
    if (c !== "\\" || !quoted) {
      out += c;
      continue;
    }
    const e = raw[i + 1];
    const simple: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
    if (e !== undefined && e in simple) {
      out += simple[e];
      i++;
    } else if (e === "u" || e === "U") {
      const len = e === "u" ? 4 : 8;
      const hex = raw.slice(i + 2, i + 2 + len);
      const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === len ? parseInt(hex, 16) : NaN;
      if (Number.isNaN(code) || code > 0x10ffff) {
        badEscape ??= raw.slice(i, i + 2 + len);
        i++;
      } else {
        out += String.fromCodePoint(code);
        i += 1 + len;
      }
    } else {
      badEscape ??= raw.slice(i, i + 2);
      out += e ?? "";
      i++;
    }
  }
  return { text: out, badEscape };
}
