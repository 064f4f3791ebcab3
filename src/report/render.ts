import Handlebars from "handlebars";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { GateView } from "./gate-view.js";
import type { ReportView } from "./view-model.js";

/** Hidden in the comment so Costgate finds its own comment again (only on the app's own comments). */
export const COMMENT_MARKER = "<!-- costgate:comment -->";

const TEMPLATE_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));
// Markdown output: HTML escaping would mangle it; user text is escaped by the view model.
const handlebars = Handlebars.create();
handlebars.registerHelper("gt", (a: number, b: number) => a > b);
const compiled = new Map<string, Handlebars.TemplateDelegate>();

export function renderTemplate(name: string, data: object): string {
  let template = compiled.get(name);
  if (!template) {
    template = handlebars.compile(readFileSync(`${TEMPLATE_DIR}${name}.hbs`, "utf8"), { noEscape: true, strict: false });
    compiled.set(name, template);
  }
  return tidy(template(data));
}

/** Collapse the blank lines left by template sections that rendered nothing. */
function tidy(text: string): string {
  return text.replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

/** What the App adds to the cost report: the verdict, the approval log and a marker with state. */
export interface CommentExtras {
  gate?: GateView | null;
  /** formatApprovalLog's block: the audit table and the signed records. Never trimmed. */
  approvalLog?: string;
  /** The full marker line; default COMMENT_MARKER. */
  marker?: string;
}

export function renderComment(view: ReportView & { omitted?: number }, extras: CommentExtras = {}): string {
  return renderTemplate("comment", { ...view, gate: extras.gate ?? null, approvalLog: extras.approvalLog ?? "", marker: extras.marker ?? COMMENT_MARKER });
}
