export type Command =
  | { command: "approve"; reason: string }
  | { command: "revoke"; reason: string }
  | { command: "recalculate" }
  /** "/costgate" with a word Costgate does not know (or none): the app replies with usage. */
  | { command: "unknown"; word: string };

const MAX_REASON = 500;
// Up to three spaces of indent: four make a Markdown code block. Anything else before the
// slash (a quote's ">", a backtick, a fence, an HTML comment) means the command is only quoted.
const COMMAND_LINE = /^ {0,3}\/costgate(?:[ \t]+(\S+))?(?:[ \t]+(.*))?$/i;

/**
 * A `/costgate` command, read from the first non-blank line of a comment only, so a command
 * quoted further down (a reply that quotes someone's approval) never acts. The command word
 * is case-insensitive; the rest of the line is the reason.
 */
export function parseCommand(commentBody: string): Command | null {
  const firstLine = commentBody.replace(/^\uFEFF/, "").split(/\r?\n/).find((line) => line.trim() !== "");
  const match = firstLine === undefined ? null : COMMAND_LINE.exec(firstLine.trimEnd());
  if (!match) return null;
  const word = (match[1] ?? "").toLowerCase();
  const reason = cleanReason(match[2] ?? "");
  if (word === "approve" || word === "revoke") return { command: word, reason };
  if (word === "recalculate") return { command: "recalculate" };
  return { command: "unknown", word: match[1] ?? "" };
}

/** One line of plain text, bounded, fit for the audit table. */
function cleanReason(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
  return clean.length > MAX_REASON ? `${clean.slice(0, MAX_REASON - 3)}...` : clean;
}
