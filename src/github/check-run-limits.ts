/** GitHub's limit on a check run's output summary and text. */
export const CHECK_OUTPUT_MAX_CHARACTERS = 65_535;
/** Annotations GitHub accepts per create/update request; more take follow-up updates. */
export const ANNOTATIONS_PER_REQUEST = 50;
const ANNOTATION_TITLE_MAX_CHARACTERS = 255;
const ANNOTATION_MESSAGE_MAX_BYTES = 64 * 1024;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  raw_details?: string;
}

/** A requested_action button, shown once the check run completes. */
export interface CheckAction {
  label: string;
  description: string;
  identifier: string;
}

const ACTION_LIMITS = { label: 20, description: 40, identifier: 20 } as const;
const MAX_ACTIONS = 3;

/**
 * Keeps a summary or text within GitHub's limit: the beginning is kept (totals come first) and
 * a note says how much was cut. Counted in UTF-16 units, never fewer than GitHub's characters.
 */
export function trimCheckOutput(text: string, what: "summary" | "text"): string {
  if (text.length <= CHECK_OUTPUT_MAX_CHARACTERS) return text;
  const note = (omitted: number) =>
    `\n\n> Trimmed to GitHub's ${CHECK_OUTPUT_MAX_CHARACTERS.toLocaleString("en-US")}-character limit: ` +
    `the last ${omitted.toLocaleString("en-US")} characters of the ${what} are not shown.`;
  // The note's own length depends on the count it reports; size it for the largest count.
  const kept = cutUnits(text, CHECK_OUTPUT_MAX_CHARACTERS - note(text.length).length);
  return kept + note(text.length - kept.length);
}

/** Titles and messages cut to what GitHub accepts for one annotation. */
export function fitAnnotation(a: CheckAnnotation): CheckAnnotation {
  return {
    ...a,
    message: cutBytes(a.message, ANNOTATION_MESSAGE_MAX_BYTES),
    ...(a.title !== undefined ? { title: cutUnits(a.title, ANNOTATION_TITLE_MAX_CHARACTERS) } : {}),
    ...(a.raw_details !== undefined ? { raw_details: cutBytes(a.raw_details, ANNOTATION_MESSAGE_MAX_BYTES) } : {}),
  };
}

/** Throws one error listing every way the buttons break GitHub's rules; GitHub would reject the whole update. */
export function validateCheckActions(actions: readonly CheckAction[]): void {
  const problems: string[] = [];
  if (actions.length > MAX_ACTIONS) problems.push(`at most ${MAX_ACTIONS} buttons are allowed, got ${actions.length}`);
  actions.forEach((action, i) => {
    for (const field of ["label", "description", "identifier"] as const) {
      const value = action[field] ?? "";
      if (value.length === 0) problems.push(`action ${i + 1} has no ${field}`);
      if (value.length > ACTION_LIMITS[field]) {
        problems.push(`action ${i + 1} ${field} "${value}" is ${value.length} characters (max ${ACTION_LIMITS[field]})`);
      }
    }
  });
  if (problems.length > 0) throw new Error(`[costgate] invalid check run actions: ${problems.join("; ")}`);
}

/** At most `max` UTF-16 units, never splitting a surrogate pair. */
function cutUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 1] ?? "") ? max - 1 : max;
  return text.slice(0, end);
}

/** At most `max` UTF-8 bytes, never splitting a character. */
function cutBytes(text: string, max: number): string {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= max) return text;
  return bytes.subarray(0, max).toString("utf8").replace(/\ufffd+$/, "");
}
