import { fail } from "./errors.js";

/** How Costgate reaches GitHub, which decides what a user must do about a 404. */
export type GitHubAccess = "app" | "token" | "anonymous";

const HINTS: Record<GitHubAccess, (slug: string) => string> = {
  app: (slug) => `the GitHub App needs access to ${slug}`,
  token: (slug) => `the GitHub token cannot read ${slug}`,
  anonymous: (slug) => `set GITHUB_TOKEN to a token that can read ${slug} if it is private`,
};

/** GitHub answers 404 for private repositories it will not show, so "not found" and "no access" are one case. */
export function noAccess(access: GitHubAccess, slug: string, ref?: string): never {
  const what = ref === undefined ? "repository not found or no access" : `repository or ref "${ref}" not found, or no access`;
  fail("no-access", `${what} (${HINTS[access](slug)})`);
}

export function refNotFound(slug: string, ref: string): never {
  fail("not-found", `ref "${ref}" not found in ${slug}`);
}

/** 403/429 with an exhausted quota is a rate limit; any other 403 is a permission problem. */
export function forbidden(access: GitHubAccess, slug: string, rateLimited: boolean): never {
  if (rateLimited) {
    fail("rate-limited", access === "anonymous" ? "GitHub rate limit reached for anonymous requests (set GITHUB_TOKEN)" : "GitHub rate limit reached");
  }
  fail("no-access", `GitHub refused access (${HINTS[access](slug)})`);
}
