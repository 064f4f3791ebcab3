import type { GitHubClient } from "./client.js";
import {
  ANNOTATIONS_PER_REQUEST,
  fitAnnotation,
  trimCheckOutput,
  validateCheckActions,
  type CheckAction,
  type CheckAnnotation,
} from "./check-run-limits.js";
import { callGitHub } from "./github-call.js";

/** The check run's name; branch protection requires it by this name. */
export const CHECK_RUN_NAME = "Costgate";

export type CheckConclusion = "success" | "failure" | "neutral" | "action_required" | "cancelled" | "skipped" | "timed_out";

interface RepoParams {
  octokit: GitHubClient;
  owner: string;
  repo: string;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at: string | null;
  completed_at: string | null;
  html_url: string | null;
  details_url: string | null;
  external_id: string | null;
  /** The app that owns the run: only Costgate's own runs should be trusted. */
  app: { id: number; slug: string | undefined } | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations_count: number };
}

/** Starts the check for a head commit, shown as in progress until completeCheckRun. */
export async function createCheckRun(
  params: RepoParams & { head_sha: string; name?: string; details_url?: string; external_id?: string; started_at?: string },
): Promise<CheckRun> {
  const { octokit, owner, repo, head_sha, details_url, external_id } = params;
  const { data } = await callGitHub(() =>
    octokit.rest.checks.create({
      owner,
      repo,
      head_sha,
      name: params.name ?? CHECK_RUN_NAME,
      status: "in_progress",
      started_at: params.started_at ?? new Date().toISOString(),
      ...(details_url ? { details_url } : {}),
      ...(external_id ? { external_id } : {}),
    }),
  );
  return toCheckRun(data);
}

export interface CompleteCheckRunParams extends RepoParams {
  check_run_id: number;
  conclusion: CheckConclusion;
  output: { title: string; summary: string; text?: string; annotations?: CheckAnnotation[] };
  /** Buttons (requested_action); validated against GitHub's limits before anything is sent. */
  actions?: CheckAction[];
  completed_at?: string;
}

/**
 * Completes a check run. Summary and text over 65,535 characters are trimmed with a note.
 * Annotations go 50 per request: the first 50 with the completing update, the rest in follow-up
 * updates (GitHub appends them). Returns the number of requests made.
 */
export async function completeCheckRun(params: CompleteCheckRunParams): Promise<{ requests: number }> {
  const { octokit, owner, repo, check_run_id, conclusion, actions } = params;
  if (actions) validateCheckActions(actions);
  const output = {
    title: params.output.title,
    summary: trimCheckOutput(params.output.summary, "summary"),
    ...(params.output.text !== undefined ? { text: trimCheckOutput(params.output.text, "text") } : {}),
  };
  const batches = chunk((params.output.annotations ?? []).map(fitAnnotation), ANNOTATIONS_PER_REQUEST);
  await callGitHub(() =>
    octokit.rest.checks.update({
      owner,
      repo,
      check_run_id,
      status: "completed",
      conclusion,
      completed_at: params.completed_at ?? new Date().toISOString(),
      output: { ...output, ...(batches.length > 0 ? { annotations: batches[0] } : {}) },
      ...(actions ? { actions } : {}),
    }),
  );
  for (const annotations of batches.slice(1)) {
    // Title and summary are required with every output; resending them keeps the output as it is.
    await callGitHub(() => octokit.rest.checks.update({ owner, repo, check_run_id, output: { ...output, annotations } }));
  }
  return { requests: Math.max(1, batches.length) };
}

/** Check runs of one name (default Costgate) on a commit; pass app_id to ignore another app's run of that name. */
export async function findCheckRunsForRef(
  params: RepoParams & { ref: string; check_name?: string; app_id?: number; filter?: "latest" | "all" },
): Promise<CheckRun[]> {
  const { octokit, owner, repo, ref, app_id, filter } = params;
  const runs = await callGitHub(() =>
    octokit.paginate(octokit.rest.checks.listForRef, {
      owner,
      repo,
      ref,
      check_name: params.check_name ?? CHECK_RUN_NAME,
      per_page: 100,
      ...(app_id !== undefined ? { app_id } : {}),
      ...(filter ? { filter } : {}),
    }),
  );
  return runs.map(toCheckRun);
}

/** One check run with its output (title, summary, text), e.g. to keep an audit record. */
export async function getCheckRun(params: RepoParams & { check_run_id: number }): Promise<CheckRun> {
  const { octokit, owner, repo, check_run_id } = params;
  const { data } = await callGitHub(() => octokit.rest.checks.get({ owner, repo, check_run_id }));
  return toCheckRun(data);
}

type CheckRunResponse = Awaited<ReturnType<GitHubClient["rest"]["checks"]["get"]>>["data"];

function toCheckRun(data: CheckRunResponse): CheckRun {
  return {
    id: data.id,
    name: data.name,
    head_sha: data.head_sha,
    status: data.status,
    conclusion: data.conclusion,
    started_at: data.started_at,
    completed_at: data.completed_at,
    html_url: data.html_url,
    details_url: data.details_url,
    external_id: data.external_id,
    app: data.app ? { id: data.app.id, slug: data.app.slug } : null,
    output: {
      title: data.output.title,
      summary: data.output.summary,
      text: data.output.text,
      annotations_count: data.output.annotations_count,
    },
  };
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
