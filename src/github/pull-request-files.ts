import type { GitHubClient } from "./client.js";
import { callGitHub } from "./github-call.js";

/** GitHub lists at most this many files of a pull request, however many changed. */
export const PULL_REQUEST_FILES_LIMIT = 3000;

export interface PullRequestFile {
  filename: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  /** Set for renames (and copies): the path at the base. */
  previous_filename?: string;
  /** The blob SHA at head (null when GitHub does not give one). */
  sha: string | null;
  additions: number;
  deletions: number;
}

export interface PullRequestFiles {
  files: PullRequestFile[];
  /**
   * True when GitHub's 3,000-file limit cut the list: more files changed than were listed
   * (known from `changed_files`), or exactly the limit came back and the rest cannot be seen.
   */
  truncated: boolean;
}

export interface ListPullRequestFilesParams {
  owner: string;
  repo: string;
  pull_number: number;
  /** The pull request's `changed_files`, when known: tells a cut list from one that is exactly 3,000. */
  changed_files?: number;
}

/** The files a pull request changes, 100 per request. */
export async function listPullRequestFiles(octokit: GitHubClient, params: ListPullRequestFilesParams): Promise<PullRequestFiles> {
  const { owner, repo, pull_number } = params;
  const entries = await callGitHub(() => octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number, per_page: 100 }));
  const files = entries.map(
    (f): PullRequestFile => ({
      filename: f.filename,
      status: f.status,
      ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
      sha: f.sha,
      additions: f.additions,
      deletions: f.deletions,
    }),
  );
  const truncated =
    params.changed_files !== undefined ? params.changed_files > files.length : files.length >= PULL_REQUEST_FILES_LIMIT;
  return { files, truncated };
}
