import semver from "semver";
import { fail } from "./errors.js";
import { parseConstraints, prereleaseRequested, satisfiesAll, type Constraint } from "./version-constraint.js";

/**
 * Picks the newest published version that meets `constraint` (Terraform's `version` argument),
 * as `terraform init` would, and returns it as the registry spelled it. Versions that are not
 * semver are ignored. Throws a `ModuleFetchFailure` naming the module, the constraint and the
 * newest version.
 */
export function selectVersion(moduleName: string, published: string[], constraint: string | undefined): string {
  const constraints = parse(moduleName, constraint);
  const candidates = published
    .map((raw) => ({ raw, version: semver.parse(raw) }))
    .filter((c): c is { raw: string; version: semver.SemVer } => c.version !== null)
    .filter((c) => c.version.prerelease.length === 0 || prereleaseRequested(c.version, constraints))
    .sort((a, b) => semver.rcompare(a.version, b.version));
  if (candidates.length === 0) fail("not-found", `${moduleName} has no published versions`);
  const match = candidates.find((c) => satisfiesAll(c.version, constraints));
  if (!match) {
    fail("no-matching-version", `no version of ${moduleName} matches ${constraint!.trim()} (newest: ${candidates[0]!.raw})`);
  }
  return match.raw;
}

function parse(moduleName: string, constraint: string | undefined): Constraint[] {
  try {
    return parseConstraints(constraint ?? "");
  } catch (err) {
    fail("invalid-source", `invalid version constraint for ${moduleName}: ${(err as Error).message}`);
  }
}
