import type { GitHubClient } from "./client.js";
import { callGitHub } from "./github-call.js";

const MARKER = /<!-- costgate:comment(?:\s+(.*?))?\s*-->/s;

/**
 * The hidden line that identifies Costgate's comment: `<!-- costgate:comment -->`, or with data
 * the caller wants back later, `<!-- costgate:comment head=abc123 -->`.
 */
export function costgateMarker(data?: string): string {
  if (data?.includes("--") || data?.includes(">")) {
    throw new Error(`[costgate] comment marker data must not contain "--" or ">": ${JSON.stringify(data)}`);
  }
  return data ? `<!-- costgate:comment ${data} -->` : "<!-- costgate:comment -->";
}

/** The marker's data ("" when it has none), or undefined when the body has no marker. */
export function readCostgateMarker(body: string): string | undefined {
  const match = MARKER.exec(body);
  return match ? (match[1] ?? "").trim() : undefined;
}

export interface CostgateComment {
  id: number;
  node_id: string;
  body: string;
  html_url: string;
  /** What the marker carries, "" when nothing. */
  marker: string;
}

export interface FindCommentParams {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  issue_number: number;
  /** The app's bot user, e.g. "costgate[bot]": comments by anyone else are ignored even with the marker. */
  botLogin: string;
}

/** Every Costgate comment on the pull request, oldest first. */
export async function findCostgateComments(params: FindCommentParams): Promise<CostgateComment[]> {
  const { octokit, owner, repo, issue_number, botLogin } = params;
  const comments = await callGitHub(() =>
    octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 }),
  );
  const found: CostgateComment[] = [];
  for (const c of comments) {
    // A user can paste the marker; only the app's own comments count.
    if (c.user?.login !== botLogin || c.user.type !== "Bot" || !c.body) continue;
    const marker = readCostgateMarker(c.body);
    if (marker !== undefined) found.push({ id: c.id, node_id: c.node_id, body: c.body, html_url: c.html_url, marker });
  }
  return found;
}

/** The newest Costgate comment on the pull request, if any. */
export async function findCostgateComment(params: FindCommentParams): Promise<CostgateComment | undefined> {
  return (await findCostgateComments(params)).at(-1);
}

/** The login of an app's bot user ("costgate[bot]"), from an octokit authenticated as the app (JWT). */
export async function getBotLogin(appOctokit: GitHubClient): Promise<string> {
  const { data } = await callGitHub(() => appOctokit.rest.apps.getAuthenticated());
  if (!data?.slug) throw new Error("[costgate] GET /app returned no app slug; is the octokit authenticated as the app?");
  return `${data.slug}[bot]`;
}
