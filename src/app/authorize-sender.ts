import { GitHubApiError, isTeamMember, type GitHubClient } from "../github/index.js";
import { authorizeApproval, type Authorization, type CostgateConfig, type Sender, type ThresholdHit, type UnknownCost } from "../policy/index.js";

export interface AuthorizeSenderParams {
  config: Pick<CostgateConfig, "thresholds" | "unknown_costs" | "allow_author_approval">;
  org: string;
  sender: Sender;
  prAuthor: string;
  hits: readonly ThresholdHit[];
  unknowns: readonly UnknownCost[];
}

/**
 * authorizeApproval with team membership asked of GitHub now, at the moment of approving (a
 * membership cached from earlier could have ended). A first pass with no memberships tells
 * which teams matter: a refusal that needs none (a bot, the author, nothing to approve) or an
 * approver named in `users` costs no API call. Membership is active membership only (a pending
 * invitation is not); an outside collaborator is never a team member.
 */
export async function authorizeSender(octokit: GitHubClient, params: AuthorizeSenderParams): Promise<Authorization> {
  const asked = new Set<string>();
  const first = authorizeApproval({ ...params, teamMembership: (team) => (asked.add(team), false) });
  if (asked.size === 0) return first;
  const answers = new Map(
    await Promise.all(
      [...asked].map(async (team) => {
        const [org, slug] = team.split("/") as [string, string];
        const member = await isTeamMember(octokit, { org, team_slug: slug, username: params.sender.login }).catch((error: unknown) => {
          if (error instanceof GitHubApiError && error.status === 403) {
            throw new Error(`${error.message} (the Costgate App needs the organization permission Members: read to check @${team})`, { cause: error });
          }
          throw error;
        });
        return [team, member] as const;
      }),
    ),
  );
  return authorizeApproval({ ...params, teamMembership: (team) => answers.get(team) ?? false });
}
