import type { ProbotOctokit } from "probot";

/**
 * What this layer needs from an octokit: Probot's `context.octokit` (an installation client)
 * satisfies it, and so does `new ProbotOctokit({ auth: { token } })` in the CLI and tests.
 */
export type GitHubClient = Pick<ProbotOctokit, "request" | "paginate" | "graphql" | "rest">;
