/**
 * Text from the user's repository (addresses with for_each keys, reasons quoting values) is
 * shown in Markdown tables: neutralise what could break the table or fake formatting.
 */
export function mdText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    // Intra-word "_" (resource types) is harmless in GitHub Markdown and stays readable.
    .replace(/[|*~`[\]<>]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, " ");
}

/** Inline code that survives any backticks or pipes inside. */
export function mdCode(text: string): string {
  const clean = text.replace(/\r?\n/g, " ").replace(/\|/g, "\u2758");
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}
