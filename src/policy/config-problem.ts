/** A problem in a config file, pinned to the file, line and key the user must fix. */
export interface ConfigProblem {
  file: string;
  /** 1-based; null when the file is empty or the key has no place in it (a missing key of an empty file). */
  line: number | null;
  /** Key path as the user would write it: `thresholds[0].monthly_increase_over`; "" for the whole file. */
  path: string;
  /** What was expected and what was found, or what to change. */
  message: string;
}

export type KeyPath = readonly (string | number)[];

export function formatKeyPath(path: KeyPath): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${key}` : key), "");
}

/** `.github/costgate.yml:4: thresholds[0].monthly_increase_over: expected ...` */
export function formatConfigProblem(p: ConfigProblem): string {
  return `${p.file}${p.line === null ? "" : `:${p.line}`}: ${p.path ? `${p.path}: ` : ""}${p.message}`;
}

/** The text of a failed check when the config cannot be used. */
export function formatConfigErrors(errors: readonly ConfigProblem[]): string {
  const files = [...new Set(errors.map((e) => e.file))].join(", ");
  return [`[costgate] Invalid config in ${files}:`, ...errors.map((e) => `- ${formatConfigProblem(e)}`)].join("\n");
}
