import { formatConfigProblem, type ConfigProblem, type Verdict } from "../policy/index.js";
import { mdText } from "./markdown.js";

/** The budget verdict as the comment shows it, right under the headline. */
export interface GateView {
  /** GitHub alert box: CAUTION when blocked, NOTE when approved, WARNING for warnings; null for a plain line. */
  alert: "CAUTION" | "NOTE" | "WARNING" | null;
  /** The check run's title, escaped. */
  title: string;
  /** Markdown lines from the verdict: each gate, and why earlier approvals no longer count. */
  lines: string[];
  /** How to approve, when a block can be approved. */
  howToApprove: string | null;
  configWarnings: string[];
}

export interface GateViewInput {
  verdict: Pick<Verdict, "title" | "summary" | "blocking" | "approved" | "warnings" | "needs">;
  /** Whether a threshold or the unpriced-resources rule is configured at all. */
  gated: boolean;
  configWarnings?: readonly ConfigProblem[];
}

/** Null when there is no gate to speak of: no thresholds, nothing hit, no config warnings. */
export function buildGateView({ verdict, gated, configWarnings = [] }: GateViewInput): GateView | null {
  const hit = verdict.blocking.length + verdict.approved.length + verdict.warnings.length > 0;
  if (!gated && !hit && configWarnings.length === 0) return null;
  const alert = verdict.blocking.length > 0 ? "CAUTION" : verdict.approved.length > 0 ? "NOTE" : verdict.warnings.length > 0 ? "WARNING" : null;
  const approvable = verdict.needs !== null && verdict.needs.approvals > 0;
  return {
    alert,
    title: mdText(verdict.title),
    lines: verdict.summary,
    howToApprove: approvable
      ? `Approvers (${verdict.needs!.from}): comment \`/costgate approve <reason>\` on this pull request, or use **Approve cost** on the Costgate check. ` +
        "`/costgate revoke` withdraws your approval; `/costgate recalculate` runs the estimate again."
      : null,
    configWarnings: configWarnings.map((w) => mdText(formatConfigProblem(w))),
  };
}
