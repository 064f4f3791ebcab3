import type { ApproversConfig } from "./config-schema.js";

/** "finops" belongs to the repository's organization; "acme/finops" names its own. */
export function qualifiedTeam(team: string, org: string): string {
  return team.includes("/") ? team : `${org}/${team}`;
}

/** "@acme/finops or @alice", the way GitHub mentions them. */
export function describeApprovers(approvers: ApproversConfig | null | undefined, org: string): string {
  const names = [...(approvers?.teams.map((t) => `@${qualifiedTeam(t, org)}`) ?? []), ...(approvers?.users.map((u) => `@${u}`) ?? [])];
  if (names.length === 0) return "nobody (no approvers configured)";
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

/**
 * Whether a person is in an approver list: a listed login (GitHub logins are case-insensitive)
 * or a member of a listed team. Membership comes from the app, which asks GitHub.
 */
export function isListedApprover(approvers: ApproversConfig | null | undefined, login: string, org: string, teamMembership: (team: string) => boolean): boolean {
  if (!approvers) return false;
  if (approvers.users.some((u) => u.toLowerCase() === login.toLowerCase())) return true;
  return approvers.teams.some((t) => teamMembership(qualifiedTeam(t, org)));
}
