import { describeApprovers, isListedApprover } from "./approvers.js";
import type { CostgateConfig } from "./config-schema.js";
import { gatesOf, type GateInput } from "./gates.js";

/** The person (or app) who commented or clicked, as GitHub's webhook `sender` describes them. */
export interface Sender {
  login: string;
  id: number;
  /** "User", "Bot" or "Organization". */
  type: string;
}

export type Authorization = { ok: true; covers: string[]; notCovered: string[] } | { ok: false; reason: string };

export interface AuthorizeApprovalParams extends GateInput {
  config: Pick<CostgateConfig, "thresholds" | "unknown_costs" | "allow_author_approval">;
  /** The repository owner: team slugs without an organization belong to it. */
  org: string;
  sender: Sender;
  prAuthor: string;
  /** Whether the sender is a member of a team ("acme/finops"); the app looks it up. */
  teamMembership: (team: string) => boolean;
}

/**
 * Whether this sender may approve this change now (principle 4: an approval is checked when it
 * is given). It covers every block threshold the sender is an approver of; the reasons are
 * short enough to reply with as they are.
 */
export function authorizeApproval(params: AuthorizeApprovalParams): Authorization {
  const { config, org, sender } = params;
  if (sender.type !== "User" || sender.login.endsWith("[bot]")) {
    const what = sender.type === "User" ? "bot" : sender.type.toLowerCase();
    return { ok: false, reason: `only people can approve spending; ${sender.login} is ${/^[aeiou]/.test(what) ? "an" : "a"} ${what}` };
  }
  const blocks = gatesOf(params).filter((g) => g.action === "block");
  if (blocks.length === 0) return { ok: false, reason: "nothing to approve: no block threshold is hit" };
  if (!config.allow_author_approval && sender.login.toLowerCase() === params.prAuthor.toLowerCase()) {
    return { ok: false, reason: "you are the pull request's author and allow_author_approval is false" };
  }
  // Asked once per gate: each answer may have cost the app an API call.
  const qualified = new Set(blocks.filter((g) => isListedApprover(g.approvers, sender.login, org, params.teamMembership)).map((g) => g.name));
  const covers = blocks.filter((g) => qualified.has(g.name)).map((g) => g.name);
  if (covers.length > 0) return { ok: true, covers, notCovered: blocks.filter((g) => !qualified.has(g.name)).map((g) => g.name) };
  const approvable = blocks.filter((g) => g.approvers);
  if (approvable.length === 0) {
    const names = blocks.map((g) => g.name).join(", ");
    return { ok: false, reason: `${names} lists no approvers, so it cannot be approved; lower the cost or change the config on the base branch` };
  }
  const needs = approvable.map((g) => `${g.name} (needs ${describeApprovers(g.approvers, org)})`).join(" or ");
  return { ok: false, reason: `not in any approver list for ${needs}` };
}
