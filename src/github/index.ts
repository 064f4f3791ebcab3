// GitHub I/O: the file source (tree + blobs), the one comment, check runs, authorization lookups.
export type { GitHubClient } from "./client.js";
export { callGitHub, GitHubApiError, setRateLimitRetryPolicy, type RateLimitRetryPolicy } from "./github-call.js";
export { createBlobCache, type BlobCache, type BlobCacheOptions, type BlobCacheStats } from "./blob-cache.js";
export { createGitHubTree, defaultBlobCache, type GitHubTree, type GitHubTreeParams, type GitHubTreeRequests } from "./github-tree.js";
export { listGitTree, type GitBlobEntry } from "./git-tree-listing.js";
export {
  listPullRequestFiles,
  PULL_REQUEST_FILES_LIMIT,
  type ListPullRequestFilesParams,
  type PullRequestFile,
  type PullRequestFiles,
} from "./pull-request-files.js";
export { getPullRequest, type PullRequestInfo } from "./pull-request.js";
export { getMergeBase } from "./merge-base.js";
export { assertCommentFits, characterCount, COMMENT_MAX_BYTES, COMMENT_MAX_CHARACTERS, fitsCommentLimits } from "./comment-limits.js";
export {
  costgateMarker,
  findCostgateComment,
  findCostgateComments,
  getBotLogin,
  readCostgateMarker,
  type CostgateComment,
  type FindCommentParams,
} from "./costgate-comment.js";
export { upsertComment, type CommentBehavior, type UpsertCommentParams, type UpsertCommentResult } from "./upsert-comment.js";
export {
  ANNOTATIONS_PER_REQUEST,
  CHECK_OUTPUT_MAX_CHARACTERS,
  trimCheckOutput,
  validateCheckActions,
  type CheckAction,
  type CheckAnnotation,
} from "./check-run-limits.js";
export {
  CHECK_RUN_NAME,
  completeCheckRun,
  createCheckRun,
  findCheckRunsForRef,
  getCheckRun,
  type CheckConclusion,
  type CheckRun,
  type CompleteCheckRunParams,
} from "./check-runs.js";
export { getCollaboratorPermission, isTeamMember, type RepositoryPermission } from "./authorization.js";
export { countGitHubRequests, type GitHubRequestCounter } from "./request-counter.js";
