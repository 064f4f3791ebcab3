import type { Context } from "probot";
import { parseCommand } from "../policy/index.js";
import type { AppServices } from "./app-services.js";
import { runApprovalRequest } from "./approval-run.js";
import { pullRequestKey, runContext } from "./pull-request-handler.js";
import { acknowledge, replyOnce } from "./reply-once.js";
import { recompute } from "./run-gate.js";

const USAGE = "Costgate knows `/costgate approve [reason]`, `/costgate revoke` and `/costgate recalculate`.";

/**
 * `/costgate` commands in pull request comments. Only comments as created count: the App does
 * not subscribe to edits, so editing a comment into `/costgate approve` (or editing the reason
 * of an approval) never approves anything. Comments on issues and comments by bots are ignored.
 */
export async function handleIssueComment(context: Context<"issue_comment.created">, services: AppServices): Promise<void> {
  const { issue, comment, sender } = context.payload;
  if (!issue.pull_request || sender.type !== "User") return;
  const command = parseCommand(comment.body);
  if (!command) return;
  const ctx = runContext(context, issue.number, services);
  const replyKey = `comment-${comment.id}`;
  await services.pullRequests.run(pullRequestKey(ctx), async () => {
    if (command.command === "unknown") {
      await replyOnce(ctx, replyKey, `@${sender.login} ${command.word ? `\`/costgate ${command.word}\` is not a command. ` : ""}${USAGE}`);
    } else if (command.command === "recalculate") {
      await recompute(ctx);
      await acknowledge(ctx, comment.id);
    } else {
      const request = {
        command: command.command, reason: command.reason, via: "comment" as const, at: comment.created_at, commentId: comment.id,
        sender: { login: sender.login, id: sender.id, type: sender.type },
      };
      await runApprovalRequest(ctx, request, replyKey);
    }
  });
}
