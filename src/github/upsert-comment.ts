import { assertCommentFits } from "./comment-limits.js";
import { findCostgateComments, readCostgateMarker, type CostgateComment, type FindCommentParams } from "./costgate-comment.js";
import { callGitHub, GitHubApiError } from "./github-call.js";

/**
 * How a new body replaces the last one:
 * - update: edit Costgate's comment in place (create it the first time);
 * - new: always add a comment, leaving the old ones;
 * - hide-and-new: add a comment and minimize the previous one as outdated;
 * - delete-and-new: add a comment and delete the previous ones.
 */
export type CommentBehavior = "update" | "new" | "hide-and-new" | "delete-and-new";

export interface UpsertCommentParams extends FindCommentParams {
  body: string;
  behavior: CommentBehavior;
}

export interface UpsertCommentResult {
  action: "created" | "updated" | "unchanged";
  comment: { id: number; node_id: string; html_url: string };
  /** Earlier Costgate comments this call hid or deleted. */
  retired: { id: number; how: "hidden" | "deleted" }[];
}

const MINIMIZE_COMMENT = `mutation MinimizeCostgateComment($id: ID!) {
  minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } }
}`;

/**
 * Publishes Costgate's comment on a pull request. Nothing is sent when the newest Costgate comment
 * already has this exact body. With hide-and-new and delete-and-new the new comment is created
 * first, so a failure part way never leaves the pull request without a visible estimate.
 */
export async function upsertComment(params: UpsertCommentParams): Promise<UpsertCommentResult> {
  const { octokit, owner, repo, issue_number, body, behavior } = params;
  assertCommentFits(body);
  if (readCostgateMarker(body) === undefined) {
    throw new Error("[costgate] comment body has no <!-- costgate:comment --> marker, so it could never be found and updated");
  }
  const existing = await findCostgateComments(params);
  const latest = existing.at(-1);
  if (latest?.body === body) return { action: "unchanged", comment: pick(latest), retired: [] };

  if (behavior === "update" && latest) {
    const { data } = await callGitHub(() => octokit.rest.issues.updateComment({ owner, repo, comment_id: latest.id, body }));
    return { action: "updated", comment: pick(data), retired: [] };
  }
  const { data: created } = await callGitHub(() => octokit.rest.issues.createComment({ owner, repo, issue_number, body }));
  const retired: UpsertCommentResult["retired"] = [];
  if (behavior === "hide-and-new" && latest) {
    await callGitHub(() => octokit.graphql(MINIMIZE_COMMENT, { id: latest.node_id }));
    retired.push({ id: latest.id, how: "hidden" });
  }
  if (behavior === "delete-and-new") {
    for (const old of existing) {
      await callGitHub(() => octokit.rest.issues.deleteComment({ owner, repo, comment_id: old.id })).catch((error) => {
        // Another run deleted it first: the outcome we wanted.
        if (!(error instanceof GitHubApiError && error.status === 404)) throw error;
      });
      retired.push({ id: old.id, how: "deleted" });
    }
  }
  return { action: "created", comment: pick(created), retired };
}

function pick(c: Pick<CostgateComment, "id" | "node_id" | "html_url">): UpsertCommentResult["comment"] {
  return { id: c.id, node_id: c.node_id, html_url: c.html_url };
}
