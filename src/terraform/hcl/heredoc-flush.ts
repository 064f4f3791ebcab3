import type { TemplatePart } from "./parse-template.js";

/**
 * `<<-EOT`: removes the smallest leading whitespace of the lines from every line, exactly as
 * HCL does it: runs after strip markers, counts only lines whose first part is literal text
 * (a line starting with an interpolation counts as 0), and ignores blank lines.
 */
export function flushHeredocParts(parts: TemplatePart[]): void {
  let min = Infinity;
  let lineStart = true;
  const adjust: Array<TemplatePart & { t: "literal" }> = [];
  for (const p of parts) {
    if (lineStart) {
      lineStart = false;
      let spaces: number;
      if (p.t === "literal") {
        const trimmed = p.value.replace(/^\s+/u, "");
        if (trimmed.length === 0 && p.value.endsWith("\n")) spaces = Infinity;
        else {
          spaces = [...p.value.slice(0, p.value.length - trimmed.length)].length;
          adjust.push(p);
        }
      } else spaces = 0;
      min = Math.min(min, spaces);
    }
    if (p.t === "literal" && p.value.endsWith("\n")) lineStart = true;
  }
  if (min === Infinity || min === 0) return;
  for (const p of adjust) {
    const chars = [...p.value];
    p.value = chars.slice(min).join("");
  }
}
