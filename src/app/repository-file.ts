import { callGitHub, GitHubApiError, type GitHubClient } from "../github/index.js";

export interface RepositoryFileParams {
  owner: string;
  repo: string;
  path: string;
  /** A commit SHA; omitted, the repository's default branch. */
  ref?: string;
}

/**
 * One file's text through the contents API, or null when the file (or the repository) does not
 * exist. Used for `.github/costgate.yml`: one request, and the text keeps its line numbers so
 * config errors can name them.
 */
export async function readRepositoryFile(octokit: GitHubClient, params: RepositoryFileParams): Promise<string | null> {
  const { owner, repo, path, ref } = params;
  const response = await callGitHub(() => octokit.rest.repos.getContent({ owner, repo, path, ...(ref ? { ref } : {}) })).catch((error: unknown) => {
    if (error instanceof GitHubApiError && error.status === 404) return null;
    throw error;
  });
  if (!response) return null;
  const data = response.data as { type?: string; content?: string; encoding?: string };
  const where = `${owner}/${repo}:${path}${ref ? `@${ref.slice(0, 7)}` : ""}`;
  if (Array.isArray(response.data) || data.type !== "file") throw new Error(`[costgate] ${where} is not a file`);
  // Files over 1 MB come back without content ("encoding": "none"); no config is that large.
  if (data.encoding !== "base64" || data.content === undefined) throw new Error(`[costgate] ${where} is too large to read through the contents API`);
  return Buffer.from(data.content, "base64").toString("utf8");
}
