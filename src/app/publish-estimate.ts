import { completeCheckRun, upsertComment, type GitHubClient } from "../github/index.js";
import { renderFittedComment } from "../report/fit-comment.js";
import { renderTemplate } from "../report/render.js";
import { buildFullListing, buildReportView } from "../report/view-model.js";
import type { PullRequestEstimate, PullRequestRef } from "./estimate-pull-request.js";

export interface PublishParams {
  octokit: GitHubClient;
  pr: PullRequestRef;
  checkRunId: number;
  botLogin: string;
  estimate: PullRequestEstimate;
}

/**
 * Posts the result: the one comment (edited in place) and the completed check run, whose
 * summary is the same report and whose text lists every resource. A pull request that
 * changes no Terraform gets a neutral check and no comment.
 */
export async function publishEstimate({ octokit, pr, checkRunId, botLogin, estimate }: PublishParams): Promise<void> {
  const { owner, repo } = pr;
  if (estimate.kind === "no-terraform-changes") {
    await completeCheckRun({
      octokit, owner, repo, check_run_id: checkRunId, conclusion: "neutral",
      output: { title: "No Terraform changes", summary: `None of the ${estimate.changedFiles} changed files affects a Terraform project, so there is no cost to estimate.` },
    });
    return;
  }
  const view = buildReportView({ diff: estimate.diff, failures: estimate.failures, headSha: pr.headSha });
  const body = renderFittedComment(view);
  await upsertComment({ octokit, owner, repo, issue_number: pr.number, botLogin, body, behavior: "update" });
  await completeCheckRun({
    octokit, owner, repo, check_run_id: checkRunId,
    conclusion: estimate.failures.length > 0 ? "failure" : "success",
    output: { title: view.headline, summary: body, text: renderTemplate("check-text", { projects: buildFullListing(estimate.heads) }) },
  });
}
