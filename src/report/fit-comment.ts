import { fitsCommentLimits as fitsGitHubLimits } from "../github/comment-limits.js";
import { renderComment } from "./render.js";
import type { ReportView } from "./view-model.js";


/**
 * Renders the comment within GitHub's limits. The headline, totals, changed-resource table,
 * problems and what was not priced always stay; when too long, per-resource details are
 * dropped from the middle (the first and last resources stay), then the long lists.
 */
export function renderFittedComment(full: ReportView): string {
  const body = renderComment(full);
  if (fitsGitHubLimits(body)) return body;
  const resources = full.details.flatMap((d, p) => d.resources.map((r, i) => ({ p, i, r })));
  const listsFit = fitsGitHubLimits(renderComment(withDetails(full, resources, 0)));
  const view = listsFit ? full : trimLists(full);
  let low = 0;
  let high = resources.length - 1;
  let best: string | undefined;
  while (low <= high) {
    const keep = Math.floor((low + high) / 2);
    const attempt = renderComment(withDetails(view, resources, keep));
    if (fitsGitHubLimits(attempt)) {
      best = attempt;
      low = keep + 1;
    } else {
      high = keep - 1;
    }
  }
  return best ?? renderComment(withDetails(view, resources, 0));
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
