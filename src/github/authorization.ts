import type { GitHubClient } from "./client.js";
import { callGitHub, GitHubApiError } from "./github-call.js";

/**
 * Whether a user is an active member of a team (a pending invitation does not count).
 * GitHub answers 404 for non-members; that is `false`, not an error. Needs the app's
 * "Members: read" organization permission.
 */
export async function isTeamMember(
  octokit: GitHubClient,
  params: { org: string; team_slug: string; username: string },
): Promise<boolean> {
  const membership = await callGitHub(() => octokit.rest.teams.getMembershipForUserInOrg(params)).catch(notFoundAs(undefined));
  return membership?.data.state === "active";
}

export type RepositoryPermission = "admin" | "write" | "read" | "none";

/**
 * A user's permission on a repository: `permission` is GitHub's legacy level (admin, write, read,
 * none; maintain counts as write, triage as read) and `role_name` the precise role, custom roles
 * included. A user GitHub does not know as a collaborator has "none".
 */
export async function getCollaboratorPermission(
  octokit: GitHubClient,
  params: { owner: string; repo: string; username: string },
): Promise<{ permission: RepositoryPermission; role_name: string }> {
  const response = await callGitHub(() => octokit.rest.repos.getCollaboratorPermissionLevel(params)).catch(notFoundAs(undefined));
  if (!response) return { permission: "none", role_name: "none" };
  return { permission: response.data.permission as RepositoryPermission, role_name: response.data.role_name };
}

function notFoundAs<T>(value: T) {
  return (error: unknown): T => {
    if (error instanceof GitHubApiError && error.status === 404) return value;
    throw error;
  };
}
