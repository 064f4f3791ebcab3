import { STATUS_CODES } from "node:http";
import { setTimeout as delay } from "node:timers/promises";

/** A GitHub call that failed, named by method and path so logs and check runs say what broke. */
export class GitHubApiError extends Error {
  constructor(
    /** e.g. "GET /repos/acme/infra/git/trees/abc123" */
    readonly operation: string,
    /** HTTP status; 0 when no response arrived (network error). */
    readonly status: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`GitHub API ${operation}: ${message}`, options);
    this.name = "GitHubApiError";
  }
}

export interface RateLimitRetryPolicy {
  /** Retries after a secondary rate limit before giving up. */
  maxRetries: number;
  /** A longer Retry-After is not waited for; the call fails and says how long GitHub asked for. */
  maxWaitSeconds: number;
  /** Used when a secondary limit comes without Retry-After (GitHub: "wait at least one minute"). */
  fallbackWaitSeconds: number;
  sleep: (ms: number) => Promise<unknown>;
}

const defaultPolicy: RateLimitRetryPolicy = {
  maxRetries: 2,
  maxWaitSeconds: 120,
  fallbackWaitSeconds: 60,
  sleep: (ms) => delay(ms),
};
let policy = { ...defaultPolicy };

/** Tunes (or, in tests, replaces the clock of) the secondary rate limit retry. Returns the old policy. */
export function setRateLimitRetryPolicy(changes: Partial<RateLimitRetryPolicy>): RateLimitRetryPolicy {
  const previous = policy;
  policy = { ...policy, ...changes };
  return previous;
}

/**
 * Runs one GitHub operation (a request or a whole pagination). Secondary rate limits are retried
 * after GitHub's Retry-After, because Probot's app octokit only logs them; every other failure
 * becomes a GitHubApiError that names the request. A retried pagination starts again from page 1.
 */
export async function callGitHub<T>(operation: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const waitSeconds = secondaryRateLimitWait(error);
      if (waitSeconds === undefined || attempt >= policy.maxRetries || waitSeconds > policy.maxWaitSeconds) {
        throw toGitHubApiError(error, waitSeconds);
      }
      await policy.sleep(waitSeconds * 1000);
    }
  }
}

interface ErrorLike {
  status?: number;
  message?: string;
  request?: { method?: string; url?: string };
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
  errors?: { message: string }[];
}

/** Seconds to wait when the error is a secondary rate limit, else undefined. */
function secondaryRateLimitWait(error: unknown): number | undefined {
  const e = error as ErrorLike;
  if (e?.status !== 403 && e?.status !== 429) return undefined;
  const headers = e.response?.headers ?? {};
  const retryAfter = headers["retry-after"];
  const isSecondary =
    /secondary rate limit|abuse detection/i.test(e.message ?? "") || (retryAfter !== undefined && headers["x-ratelimit-remaining"] !== "0");
  if (!isSecondary) return undefined;
  const seconds = Number(retryAfter);
  return retryAfter !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds : policy.fallbackWaitSeconds;
}

function toGitHubApiError(error: unknown, rateLimitWait: number | undefined): Error {
  const e = error as ErrorLike;
  // A GraphQL response with errors (HTTP 200); its request carries no URL on github.com.
  if (Array.isArray(e?.errors)) {
    return new GitHubApiError("POST /graphql", 200, e.errors.map((x) => x.message).join("; "), { cause: error });
  }
  if (!e?.request?.url) return error as Error;
  const operation = `${e.request.method ?? "GET"} ${apiPath(e.request.url)}`;
  // Without a response nothing came back (DNS, TLS, reset); octokit reports those as status 500.
  const status = e.response ? (e.status ?? 0) : 0;
  const statusText = STATUS_CODES[status];
  const detail = githubMessage(e);
  const parts = [status && statusText ? `${status} ${statusText}` : "no response"];
  if (detail && detail !== statusText) parts.push(detail);
  if (rateLimitWait !== undefined) parts.push(`secondary rate limit, GitHub asked to retry after ${rateLimitWait} s`);
  return new GitHubApiError(operation, status, parts.join(": "), { cause: error });
}

/** GitHub's own explanation, without the documentation link octokit appends. */
function githubMessage(e: ErrorLike): string {
  const data = e.response?.data as { message?: unknown; errors?: unknown } | undefined;
  const message = typeof data?.message === "string" ? data.message : (e.message ?? "").replace(/ - https:\/\/\S+$/, "");
  // A proxy's HTML error page says nothing the status does not.
  if (message.trimStart().startsWith("<")) return "";
  const details = Array.isArray(data?.errors)
    ? data.errors.map((x) => (typeof x === "string" ? x : (x as { message?: string }).message)).filter(Boolean)
    : [];
  return [message, ...details].filter(Boolean).join(" ");
}

/** "/repos/acme/infra/git/trees/abc" from a full URL, on github.com and GitHub Enterprise Server. */
export function apiPath(url: string): string {
  const { pathname } = new URL(url, "https://api.github.com");
  return decodeURIComponent(pathname.replace(/^\/api\/v3(?=\/)/, ""));
}
