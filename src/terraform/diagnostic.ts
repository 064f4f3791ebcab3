/** Where something is in the user's files: 1-based line and column. */
export interface SourcePos {
  line: number;
  column: number;
}

export interface SourceRange {
  file: string;
  start: SourcePos;
  end: SourcePos;
}

/**
 * A problem found in the user's Terraform. Parsing and evaluation return diagnostics instead
 * of throwing, so one bad file or expression never hides the rest of the estimate.
 */
export interface Diagnostic {
  severity: "error" | "warning";
  /** Short, e.g. "Unsupported argument". */
  summary: string;
  /** What went wrong and how to fix it. */
  detail?: string;
  range?: SourceRange;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.range ? `${d.range.file}:${d.range.start.line}:${d.range.start.column}: ` : "";
  return `${where}${d.summary}${d.detail ? `: ${d.detail}` : ""}`;
}
