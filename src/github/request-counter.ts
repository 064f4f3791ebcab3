import type { ProbotOctokit } from "probot";
import { apiPath } from "./github-call.js";

export interface GitHubRequestCounter {
  /** Requests sent through the octokit since counting began (each page of a listing counts). */
  readonly total: number;
  /**
   * Per route, e.g. "GET /repos/{owner}/{repo}/git/blobs/{file_sha}": 3. Paginated listings reach the
   * hook with their URL already expanded, so they appear by path ("GET /repos/acme/infra/pulls/7/files").
   */
  readonly byRoute: Readonly<Record<string, number>>;
  /** Stops counting; the figures stay readable. */
  stop(): void;
}

/**
 * Counts the GitHub API requests an octokit makes, for benchmarks ("GitHub API calls for a pull
 * request touching one project"). The hook sits outside octokit's retry and throttling plugins,
 * so it counts requests asked for, not the plugins' retries.
 */
export function countGitHubRequests(octokit: Pick<ProbotOctokit, "hook">): GitHubRequestCounter {
  const byRoute: Record<string, number> = {};
  let total = 0;
  const count = (options: { method?: string; url?: string }) => {
    const route = `${options.method ?? "GET"} ${routeOf(options.url ?? "")}`;
    byRoute[route] = (byRoute[route] ?? 0) + 1;
    total++;
  };
  octokit.hook.before("request", count);
  return {
    get total() {
      return total;
    },
    byRoute,
    stop: () => octokit.hook.remove("request", count),
  };
}

/** Route templates stay as they are; pagination's absolute "next" links become paths without a query. */
function routeOf(url: string): string {
  return /^https?:\/\//.test(url) ? apiPath(url) : url;
}
