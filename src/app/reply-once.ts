import { callGitHub } from "../github/index.js";
import type { RunContext } from "./run-context.js";

/**
 * Answers a command with a short comment, once: the reply carries a hidden key (the command's
 * comment id, or the button's check run and clicker), and a reply already posted by the App
 * with that key means a repeated or redelivered command posts nothing. Returns whether it posted.
 */
export async function replyOnce(ctx: RunContext, key: string, text: string): Promise<boolean> {
  const { octokit, owner, repo, number } = ctx;
  const marker = `<!-- costgate:reply ${key} -->`;
  const botLogin = await ctx.services.botLogin();
  const comments = await callGitHub(() => octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 }));
  if (comments.some((c) => c.user?.login === botLogin && c.user.type === "Bot" && c.body?.includes(marker))) return false;
  await callGitHub(() => octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: `${text}\n\n${marker}` }));
  return true;
}

/** A 👍 on the command's comment: seen and done. Best effort; the comment and check say the rest. */
export async function acknowledge(ctx: RunContext, commentId: number): Promise<void> {
  const { octokit, owner, repo } = ctx;
  await callGitHub(() => octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id: commentId, content: "+1" })).catch((err: unknown) =>
    ctx.log.warn({ err }, "costgate could not react to a command comment"),
  );
}
