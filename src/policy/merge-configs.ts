import { configSchema, type ConfigInput, type CostgateConfig } from "./config-schema.js";

/**
 * Organization defaults (the org's `.github` repository, or Probot's `_extends`) under a
 * repository's own config, both as written (`LoadedConfig.input`), so a default the repository
 * did not write never masks an org setting.
 * - Settings (unknown_costs, allow_author_approval, approval_scope): the repository's when it
 *   sets them, else the org's.
 * - comment: key by key, the same way.
 * - projects: the repository's list when it has one, else the org's; never concatenated
 *   (paths belong to one repository layout).
 * - thresholds: merged by name. A repository threshold with an org threshold's name replaces
 *   it whole, in the org's position (so a repository can tune or relax one guardrail and the
 *   rest stay in force); other repository thresholds follow, in their order.
 */
export function mergeConfigs(orgDefaults: ConfigInput, repoConfig: ConfigInput): CostgateConfig {
  const { _extends: _org, ...org } = orgDefaults;
  const { _extends: _repo, ...repo } = repoConfig;
  const merged: ConfigInput = {
    ...org,
    ...repo,
    comment: { ...org.comment, ...repo.comment },
    thresholds: mergeThresholds(org.thresholds ?? [], repo.thresholds ?? []),
  };
  const parsed = configSchema.safeParse(merged);
  // Both inputs passed loadConfig; a failure here is a bug, not a user error.
  if (!parsed.success) throw new Error(`[costgate] merged config is invalid: ${parsed.error.message}`, { cause: parsed.error });
  return parsed.data;
}

type ThresholdInput = NonNullable<ConfigInput["thresholds"]>[number];

function mergeThresholds(org: ThresholdInput[], repo: ThresholdInput[]): ThresholdInput[] {
  const byName = new Map(repo.map((t) => [t.name, t]));
  const inherited = org.map((t) => byName.get(t.name) ?? t);
  const orgNames = new Set(org.map((t) => t.name));
  return [...inherited, ...repo.filter((t) => !orgNames.has(t.name))];
}
