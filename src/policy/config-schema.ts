import * as z from "zod";
import { expected, glob, login, oneOf, percent, projectName, repoPath, teamRef, thresholdName, usdPerMonth } from "./config-fields.js";

/**
 * `.github/costgate.yml`, read from the base branch (never from the pull request's head).
 * The one source of truth for keys, defaults and docs: `schema/costgate.schema.json` is
 * generated from it (scripts/generate-config-schema.ts). Rules that relate several keys live
 * in config-semantics.ts, not in `refine`, so the JSON Schema stays a faithful export.
 */

export const projectSchema = z
  .strictObject({
    /** Root module directory from the repository root; "." is the root itself. Required. */
    path: repoPath("a directory").describe('Root module directory from the repository root; "." is the root itself.'),
    /** Name shown in comments and matched by threshold globs. Default: the path. */
    name: projectName().optional().describe("Name shown in comments and matched by threshold globs. Default: the path."),
    /** Extra .tfvars files, from the repository root, applied in order after the auto-loaded ones. Default: none. */
    var_files: z
      .array(repoPath("a .tfvars file"), { error: expected("a list of .tfvars files") })
      .default([])
      .describe("Extra .tfvars files, from the repository root, applied in order after terraform.tfvars and *.auto.tfvars. Default: none."),
    /** Value of `terraform.workspace`. Default: "default". */
    workspace: z.string({ error: expected("a workspace name") }).min(1).default("default").describe('Value of terraform.workspace. Default: "default".'),
    /** Usage file in Infracost's format (`version: 0.1`), from the repository root. Default: none. */
    usage_file: repoPath("a usage file").optional().describe("Usage file in Infracost's format (version: 0.1), from the repository root. Default: none."),
  }, { error: expected("a project mapping with at least a path") })
  .describe("A Terraform root module to estimate. Several projects may share a path with different var files.");

export const approversSchema = z
  .strictObject({
    /** Team slugs ("finops" in the repository's organization, or "acme/finops"); any member qualifies. Default: none. */
    teams: z.array(teamRef(), { error: expected("a list of team slugs") }).default([]).describe('Team slugs ("finops" in the repository\'s organization, or "acme/finops"); any member qualifies. Default: none.'),
    /** GitHub logins that qualify. Default: none. */
    users: z.array(login(), { error: expected("a list of GitHub logins") }).default([]).describe("GitHub logins that qualify. Default: none."),
    /** Distinct qualified approvals needed. Default: 1. */
    count: z.int({ error: expected("a whole number of approvals, 1 or more", { number: true }) }).min(1).default(1).describe("Distinct qualified approvals needed. Default: 1."),
  }, { error: expected("a mapping with teams, users and count") })
  .describe("Who may approve a pull request over this threshold.");

export const thresholdSchema = z
  .strictObject({
    /** Unique name, used in check titles and recorded in approvals. Required. */
    name: thresholdName().describe("Unique name, used in check titles and recorded in approvals."),
    /** Triggers when the monthly cost grows by more than this many USD. */
    monthly_increase_over: usdPerMonth().optional().describe("Triggers when the monthly cost grows by more than this many USD."),
    /** Triggers when the monthly cost grows by more than this percentage; a project new from $0 always does. */
    percent_increase_over: percent().optional().describe("Triggers when the monthly cost grows by more than this percentage; a project new from $0 always does."),
    /** Triggers when the cost grows and the new monthly total is above this many USD. */
    monthly_total_over: usdPerMonth().optional().describe("Triggers when the cost grows and the new monthly total is above this many USD."),
    /** Globs over project names and paths; without it the threshold applies to every project and to the overall totals. */
    projects: z
      .array(glob(), { error: expected("a list of globs over project names and paths") })
      .min(1, { error: "list at least one glob, or leave projects out to cover every project" })
      .optional()
      .describe("Globs over project names and paths. Default: every project, and the overall totals."),
    /** warn: the check passes with a warning. block: the check fails until approved. Default: warn. */
    action: oneOf(["warn", "block"]).default("warn").describe("warn: the check passes with a warning. block: the check fails until approved. Default: warn."),
    /** Who may approve; only used by `action: block`. Default: nobody (a block cannot be approved). */
    approvers: approversSchema.optional(),
  }, { error: expected("a threshold mapping with a name and at least one condition") })
  .describe("A budget rule. Any one of its conditions triggers it.");

export const commentSchema = z
  .strictObject({
    /** update: edit the one comment in place. new: post a new one each time. hide-and-new: minimize the old, post new. delete-and-new: delete the old, post new. Default: update. */
    behavior: oneOf(["update", "new", "hide-and-new", "delete-and-new"])
      .default("update")
      .describe("update: edit the one comment in place; new: post a new one each time; hide-and-new: minimize the old one and post; delete-and-new: delete the old one and post. Default: update."),
    /** always: on every run. changed: only when the estimate differs from the last comment. threshold: only when a threshold is hit. Default: always. */
    when: oneOf(["always", "changed", "threshold"])
      .default("always")
      .describe("always: on every run; changed: only when the estimate differs from the last comment; threshold: only when a threshold is hit. Default: always."),
  }, { error: expected("a mapping with behavior and when") })
  .prefault({})
  .describe("How the pull request comment is posted.");

export const configSchema = z
  .strictObject({
    /** Probot's inheritance ("acme/.github" or "other-repo:path"); the app resolves it before loading. */
    _extends: z.string({ error: expected("a repository to inherit from") }).optional().describe("Inherit from another repository's file; resolved by the app."),
    /** Projects to estimate. Default: Costgate discovers the root modules a change touches. */
    projects: z
      .array(projectSchema, { error: expected("a list of projects") })
      .optional()
      .describe("Projects to estimate. Default: Costgate discovers the root modules a change touches."),
    /** Budget rules, evaluated per project and overall. Default: none. */
    thresholds: z.array(thresholdSchema, { error: expected("a list of thresholds") }).default([]).describe("Budget rules. Default: none."),
    /** What changed resources Costgate could not price do to the check: ignore, warn or block. Default: warn. */
    unknown_costs: oneOf(["ignore", "warn", "block"]).default("warn").describe("What changed resources Costgate could not price do to the check: ignore, warn or block. Default: warn."),
    /** Whether the pull request's author may approve their own change. Default: false. */
    allow_author_approval: z.boolean({ error: expected("true or false") }).default(false).describe("Whether the pull request's author may approve their own change. Default: false."),
    /** commit: any new push voids approvals. amount: an approval holds while the increase does not grow beyond what was approved. Default: amount. */
    approval_scope: oneOf(["commit", "amount"])
      .default("amount")
      .describe("commit: any new push voids approvals; amount: an approval holds while the increase does not grow beyond what was approved. Default: amount."),
    /** How the pull request comment is posted. */
    comment: commentSchema,
  }, { error: expected("a mapping of Costgate settings (projects, thresholds, unknown_costs, ...)") })
  .meta({ title: "Costgate configuration (.github/costgate.yml)" });

/** The config as written: every key optional. What `mergeConfigs` combines. */
export type ConfigInput = z.input<typeof configSchema>;
/** The config with every default filled in. */
export type CostgateConfig = z.output<typeof configSchema>;
export type ThresholdConfig = CostgateConfig["thresholds"][number];
export type ApproversConfig = NonNullable<ThresholdConfig["approvers"]>;
export type ProjectConfig = NonNullable<CostgateConfig["projects"]>[number];
