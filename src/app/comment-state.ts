import { createHash } from "node:crypto";
import type { Diff } from "../estimate/breakdown-types.js";
import type { ApprovalLogEntry, Verdict } from "../policy/index.js";

/**
 * What Costgate's comment remembers about itself, in its hidden marker
 * (`<!-- costgate:comment head=… increase=… digest=… -->`):
 * - head: the commit the comment describes;
 * - increase: the overall monthly increase it shows. A `/costgate approve` is accepted only
 *   while the estimate still equals what the comment shows, so nobody approves a number they
 *   have not seen;
 * - digest: a hash of the costs, the verdict and the approval log, for `when: changed`.
 * Only the App's own comments are read. The marker is not signed: anyone who can edit the App's
 * comment can also edit the numbers people read in it, so a signature here would prove nothing.
 * What it guards against is a push racing an approval; the record itself always binds the amount
 * Costgate computed, and the check run (which only the App can write) shows the same.
 */
export interface CommentState {
  head: string;
  increase: string;
  digest: string;
}

export function commentState(params: { headSha: string; diff: Diff; verdict: Pick<Verdict, "conclusion" | "title">; records: readonly ApprovalLogEntry[] }): CommentState {
  const { diff, verdict } = params;
  const costs = diff.projects.map((p) => [p.name, p.pastTotalMonthlyCost.toFixed(), p.totalMonthlyCost.toFixed()]);
  const digest = createHash("sha256").update(JSON.stringify([costs, verdict.conclusion, verdict.title, params.records])).digest("hex").slice(0, 16);
  return { head: params.headSha, increase: diff.diffTotalMonthlyCost.toFixed(), digest };
}

export function formatCommentState(state: CommentState): string {
  return `head=${state.head} increase=${state.increase} digest=${state.digest}`;
}

/** The state in a marker's data, or null when it holds none (an older comment, or an edited one). */
export function parseCommentState(markerData: string): CommentState | null {
  const fields = new Map(markerData.split(/\s+/).map((pair) => pair.split("=", 2) as [string, string | undefined]));
  const head = fields.get("head");
  const increase = fields.get("increase");
  const digest = fields.get("digest");
  if (!head || !/^[0-9a-f]{7,64}$/.test(head) || !increase || !/^-?\d+(\.\d+)?$/.test(increase) || !digest || !/^[0-9a-f]{16}$/.test(digest)) return null;
  return { head, increase, digest };
}
