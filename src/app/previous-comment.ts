import { findCostgateComments, type CostgateComment, type GitHubClient } from "../github/index.js";
import { parseApprovalLog, type ParsedApprovalLog } from "../policy/index.js";
import { parseCommentState, type CommentState } from "./comment-state.js";

export interface PreviousComment {
  /** The newest comment by the App's bot user that carries Costgate's marker; undefined before the first. */
  comment: CostgateComment | undefined;
  /** The approval log it holds (signature checked); empty with a problem when unreadable. */
  log: ParsedApprovalLog;
  state: CommentState | null;
}

/**
 * Where the approval log is read from: the newest Costgate comment, found only among comments
 * by the App's own bot user (a person can paste the marker and the block, never as the bot).
 * With `new`, `hide-and-new` and `delete-and-new` every run reads it from the newest comment and
 * writes it whole into the next one, so the log follows the comment.
 */
export async function readPreviousComment(params: {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  issue_number: number;
  botLogin: string;
  signingKey: string | undefined;
}): Promise<PreviousComment> {
  const comment = (await findCostgateComments(params)).at(-1);
  if (!comment) return { comment, log: { records: [], problem: null }, state: null };
  return {
    comment,
    log: parseApprovalLog(comment.body, params.signingKey ? { signingKey: params.signingKey } : {}),
    state: parseCommentState(comment.marker),
  };
}
