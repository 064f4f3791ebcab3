import type { GitHubClient } from "../github/index.js";
import { loadConfig, mergeConfigs, type ConfigInput, type ConfigProblem, type CostgateConfig } from "../policy/index.js";
import { readRepositoryFile } from "./repository-file.js";

export const CONFIG_PATH = ".github/costgate.yml";

export type RepositoryConfig = { ok: true; config: CostgateConfig; warnings: ConfigProblem[] } | { ok: false; errors: ConfigProblem[] };

interface FileRef {
  owner: string;
  repo: string;
  path: string;
}

/**
 * The gate's configuration for a pull request (principle 3: the gate is not the author's to move).
 * 1. `.github/costgate.yml` at the pull request's **base** commit, never its head: a change to it
 *    in the pull request takes effect once merged. A missing file is the defaults.
 * 2. Defaults under it: the file `_extends` names ("other-repo", "owner/repo", "repo:path.yml",
 *    ".github"), read from that repository's default branch; without `_extends`, the
 *    organization's `<owner>/.github` repository (`.github/costgate.yml`), when it has one.
 *    One level only: an `_extends` in the defaults is an error, not silently followed or ignored.
 * 3. mergeConfigs: the repository's keys over the defaults, thresholds by name.
 * Any invalid file makes the result an error naming the file, line and key; never the defaults.
 */
export async function loadRepositoryConfig(octokit: GitHubClient, params: { owner: string; repo: string; baseSha: string }): Promise<RepositoryConfig> {
  const { owner, repo, baseSha } = params;
  const ownText = (await readRepositoryFile(octokit, { owner, repo, path: CONFIG_PATH, ref: baseSha })) ?? "";
  const own = loadConfig(ownText, CONFIG_PATH);
  if (!own.input) return { ok: false, errors: own.errors };

  const extendsValue = own.input._extends;
  const extendsProblem = (message: string): RepositoryConfig => ({ ok: false, errors: [{ file: CONFIG_PATH, line: lineOfKey(ownText, "_extends"), path: "_extends", message }] });
  let source: FileRef | null;
  if (extendsValue !== undefined) {
    source = parseExtends(extendsValue, owner);
    if (!source) return extendsProblem(`expected "repo", "owner/repo" or "repo:path/to/file.yml", got ${JSON.stringify(extendsValue)}`);
  } else {
    // The organization's own .github repository is not its own default.
    source = repo === ".github" ? null : { owner, repo: ".github", path: CONFIG_PATH };
  }

  let defaults: ConfigInput = {};
  const warnings: ConfigProblem[] = [];
  if (source) {
    const label = `${source.owner}/${source.repo}:${source.path}`;
    const text = await readRepositoryFile(octokit, source);
    if (text === null && extendsValue !== undefined) {
      return extendsProblem(`${label} was not found (or the Costgate App is not installed on ${source.owner}/${source.repo})`);
    }
    if (text !== null) {
      const loaded = loadConfig(text, label);
      if (!loaded.input) return { ok: false, errors: loaded.errors };
      if (loaded.input._extends !== undefined) {
        return { ok: false, errors: [{ file: label, line: lineOfKey(text, "_extends"), path: "_extends", message: "a file used as defaults cannot extend another one; copy its settings instead" }] };
      }
      defaults = loaded.input;
      warnings.push(...loaded.warnings);
    }
  }
  return { ok: true, config: mergeConfigs(defaults, own.input), warnings: [...warnings, ...own.warnings] };
}

// GitHub's rules for owner and repository names, as Probot's `_extends` reads them.
const EXTENDS = /^(?:([A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38})\/)?([-_.\w]+)(?::([-_./\w]+\.ya?ml))?$/;

/** `_extends` as a file reference; null when it is not one. */
export function parseExtends(value: string, owner: string): FileRef | null {
  const match = EXTENDS.exec(value.trim());
  if (!match || match[3]?.split("/").includes("..")) return null;
  return { owner: match[1] ?? owner, repo: match[2]!, path: match[3] ?? CONFIG_PATH };
}

/** 1-based line of a top-level key, for problems the schema does not locate itself. */
function lineOfKey(text: string, key: string): number | null {
  const index = text.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? null : index + 1;
}
