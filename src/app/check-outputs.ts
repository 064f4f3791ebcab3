import { completeCheckRun, type GitHubClient } from "../github/index.js";
import { formatConfigErrors, formatConfigProblem, type ConfigProblem } from "../policy/index.js";
import { CONFIG_PATH } from "./load-repository-config.js";

export interface CheckParams {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  checkRunId: number;
}

/**
 * An invalid config fails the check and says exactly what to fix; no comment is posted (the
 * problem is the repository's, not this pull request's, and would otherwise be repeated on
 * every open pull request). The gate never falls back to the defaults.
 */
export async function completeInvalidConfig(
  { octokit, owner, repo, checkRunId }: CheckParams,
  errors: readonly ConfigProblem[],
  base: { ref: string; sha: string },
): Promise<void> {
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
  await completeCheckRun({
    octokit, owner, repo, check_run_id: checkRunId, conclusion: "failure",
    output: {
      title: `Invalid config: ${formatConfigProblem(errors[0]!)}${more}`,
      summary: [
        "Costgate cannot judge this pull request's cost because its configuration is invalid:",
        "",
        "```text",
        formatConfigErrors(errors),
        "```",
        "",
        `Costgate reads \`${CONFIG_PATH}\` from the base branch (\`${base.ref}\` at ${base.sha.slice(0, 7)}), never from the pull request, ` +
          "so a fix takes effect once it is merged there.",
      ].join("\n"),
    },
  });
}

export async function completeNoTerraformChanges({ octokit, owner, repo, checkRunId }: CheckParams, changedFiles: number): Promise<void> {
  await completeCheckRun({
    octokit, owner, repo, check_run_id: checkRunId, conclusion: "neutral",
    output: { title: "No Terraform changes", summary: `None of the ${changedFiles} changed files affects a Terraform project, so there is no cost to estimate.` },
  });
}

/** A newer commit arrived while this one was evaluated: its own run reports; this one steps aside. */
export async function completeSuperseded({ octokit, owner, repo, checkRunId }: CheckParams, evaluatedSha: string, currentSha: string): Promise<void> {
  await completeCheckRun({
    octokit, owner, repo, check_run_id: checkRunId, conclusion: "neutral",
    output: {
      title: "Superseded by a newer commit",
      summary: `The pull request moved to ${currentSha.slice(0, 7)} while ${evaluatedSha.slice(0, 7)} was being estimated; that commit's run reports the cost.`,
    },
  });
}

/** Whatever went wrong, the check ends: failed, saying what failed. */
export async function completeWithError({ octokit, owner, repo, checkRunId }: CheckParams, headSha: string, message: string): Promise<void> {
  await completeCheckRun({
    octokit, owner, repo, check_run_id: checkRunId, conclusion: "failure",
    output: { title: "Costgate could not estimate this pull request", summary: `Costgate failed while estimating ${headSha.slice(0, 7)}:\n\n\`\`\`\n${message}\n\`\`\`` },
  });
}
