/** Costgate's budget policy: pure functions over the config, the cost diff and the approval log. */
export { configSchema, type ConfigInput, type CostgateConfig, type ThresholdConfig, type ApproversConfig, type ProjectConfig } from "./config-schema.js";
export { loadConfig, type LoadedConfig } from "./load-config.js";
export { formatConfigErrors, formatConfigProblem, type ConfigProblem } from "./config-problem.js";
export { mergeConfigs } from "./merge-configs.js";
export { projectsFromConfig } from "./config-projects.js";
export { configJsonSchemaText, CONFIG_JSON_SCHEMA_PATH } from "./config-json-schema.js";
export { UNKNOWN_COSTS_GATE } from "./config-semantics.js";
export { evaluateThresholds } from "./evaluate-thresholds.js";
export { OVERALL, type ThresholdHit, type Condition } from "./threshold-hit.js";
export { findUnknownCosts, type UnknownCost } from "./unknown-costs.js";
export { teamsToCheck } from "./gates.js";
export { decideVerdict, type Verdict, type DecideVerdictParams } from "./decide-verdict.js";
export type { GateVerdict } from "./judge-gate.js";
export { authorizeApproval, type Authorization, type Sender } from "./authorize-approval.js";
export { applyApproval, applyRevocation, activeApprovals, buildApprovalRecord, type NewApproval } from "./apply-approval.js";
export { formatApprovalLog, parseApprovalLog, type ParsedApprovalLog } from "./approval-log.js";
export type { ApprovalRecord, RevocationRecord, ApprovalLogEntry } from "./approval-record.js";
export { parseCommand, type Command } from "./parse-command.js";
