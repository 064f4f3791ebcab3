import type { Context } from "probot";
import { completeCheckRun, createCheckRun, getPullRequest, type GitHubClient } from "../github/index.js";
import type { AppServices } from "./app-services.js";
import { estimatePullRequest, type PullRequestRef } from "./estimate-pull-request.js";
import { publishEstimate } from "./publish-estimate.js";

export const PULL_REQUEST_EVENTS = ["pull_request.opened", "pull_request.synchronize", "pull_request.reopened", "pull_request.ready_for_review"] as const;

/**
 * One run per pull request event: the check goes `in_progress` at once, and whatever
 * happens it ends completed. An error becomes a failed check that says what failed; the
 * App itself never crashes on a pull request.
 */
export async function handlePullRequest(context: Context<"pull_request">, services: AppServices): Promise<void> {
  const octokit = context.octokit as unknown as GitHubClient;
  const payload = context.payload.pull_request;
  const pr: PullRequestRef = { ...context.repo(), number: payload.number, baseSha: payload.base.sha, headSha: payload.head.sha };
  const check = await createCheckRun({ octokit, owner: pr.owner, repo: pr.repo, head_sha: pr.headSha });
  try {
    const [estimate, botLogin] = await Promise.all([estimatePullRequest(octokit, pr, services), services.botLogin()]);
    // A newer push may have landed while this one was estimated: never overwrite its result.
    const current = await getPullRequest(octokit, { owner: pr.owner, repo: pr.repo, pull_number: pr.number });
    if (current.head.sha !== pr.headSha) {
      await completeCheckRun({
        octokit, owner: pr.owner, repo: pr.repo, check_run_id: check.id, conclusion: "neutral",
        output: { title: "Superseded by a newer commit", summary: `The pull request moved to ${current.head.sha.slice(0, 7)} while ${pr.headSha.slice(0, 7)} was being estimated; that commit's run reports the cost.` },
      });
      return;
    }
    await publishEstimate({ octokit, pr, checkRunId: check.id, botLogin, estimate });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    context.log.error({ err, pr: `${pr.owner}/${pr.repo}#${pr.number}` }, "costgate run failed");
    await completeCheckRun({
      octokit, owner: pr.owner, repo: pr.repo, check_run_id: check.id, conclusion: "failure",
      output: { title: "Costgate could not estimate this pull request", summary: `Costgate failed while estimating ${pr.headSha.slice(0, 7)}:\n\n\`\`\`\n${message}\n\`\`\`` },
    });
  }
}
