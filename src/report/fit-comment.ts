import { fitsCommentLimits } from "../github/comment-limits.js";
import { CHECK_OUTPUT_MAX_CHARACTERS } from "../github/check-run-limits.js";
import { renderComment, type CommentExtras } from "./render.js";
import type { ReportView } from "./view-model.js";

/**
 * Renders the comment within GitHub's limits: a comment's (65,536 characters, 262,144 bytes)
 * and a check run summary's (65,535 UTF-16 units), since the check shows the same text. The
 * headline, verdict, totals, changed-resource table, problems and what was not priced always
 * stay, and so does the approval log, whole, at the end (it is the audit trail, and a cut
 * block could not be verified). When too long, per-resource details are dropped from the
 * middle (the first and last resources stay), then the middle of the long lists.
 */
export function renderFittedComment(full: ReportView, extras: CommentExtras = {}): string {
  const render = (view: ReportView & { omitted?: number }) => renderComment(view, extras);
  const body = render(full);
  if (fits(body)) return body;
  const resources = full.details.flatMap((d, p) => d.resources.map((r, i) => ({ p, i, r })));
  const listsFit = fits(render(withDetails(full, resources, 0)));
  const view = listsFit ? full : trimLists(full);
  let low = 0;
  let high = resources.length - 1;
  let best: string | undefined;
  while (low <= high) {
    const keep = Math.floor((low + high) / 2);
    const attempt = render(withDetails(view, resources, keep));
    if (fits(attempt)) {
      best = attempt;
      low = keep + 1;
    } else {
      high = keep - 1;
    }
  }
  return best ?? render(withDetails(view, resources, 0));
}

function fits(body: string): boolean {
  return fitsCommentLimits(body) && body.length <= CHECK_OUTPUT_MAX_CHARACTERS;
}

type Located = { p: number; i: number; r: ReportView["details"][number]["resources"][number] };

function withDetails(view: ReportView, all: Located[], keep: number): ReportView & { omitted: number } {
  const head = Math.ceil(keep / 2);
  const kept = new Set([...all.slice(0, head), ...all.slice(all.length - (keep - head))]);
  const details = view.details
    .map((d, p) => ({ ...d, resources: all.filter((x) => x.p === p && kept.has(x)).map((x) => x.r) }))
    .filter((d) => d.resources.length > 0);
  return { ...view, details, omitted: all.length - kept.size };
}

/** Last resort for thousands of changes: keep both ends of each list, say how many are left out. */
function trimLists(view: ReportView): ReportView {
  const LIST_KEEP = 200;
  const trim = <T>(items: T[], note: (n: number) => T): T[] =>
    items.length <= LIST_KEEP ? items : [...items.slice(0, LIST_KEEP / 2), note(items.length - LIST_KEEP), ...items.slice(-LIST_KEEP / 2)];
  return {
    ...view,
    changes: trim(view.changes, (n) => ({ resource: `… ${n} more`, kind: "see the check run", change: "", note: "" })),
    notPriced: trim(view.notPriced, (n) => ({ resource: `… ${n} more`, status: "", reason: "see the check run" })),
  };
}
