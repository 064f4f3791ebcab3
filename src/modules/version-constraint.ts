import semver from "semver";

/**
 * Terraform's module version constraints (hashicorp/go-version, plus the module installer's
 * rule that a prerelease is selected only when a constraint names it exactly). npm's range
 * syntax differs (`~>` does not exist, `~1.2` is not `~> 1.2`, partial versions pad
 * differently), so the operators are implemented here and semver only parses and compares.
 */
export type Operator = "=" | "!=" | ">" | ">=" | "<" | "<=" | "~>";

export interface Constraint {
  operator: Operator;
  /** The version padded to three parts, e.g. `5.0` -> `5.0.0`. */
  version: semver.SemVer;
  /** How many numeric parts were written: `~> 5.0` has 2, which sets how far `~>` lets versions move. */
  written: number;
}

const CONSTRAINT = /^\s*(=|!=|>=|<=|>|<|~>)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?\s*$/;

/** Parses `">= 5.0, < 6.0"`. Throws an Error naming the bad part; an empty string means "any version". */
export function parseConstraints(text: string): Constraint[] {
  if (text.trim() === "") return [];
  return text.split(",").map((part) => {
    const m = CONSTRAINT.exec(part);
    if (!m) throw new Error(`"${part.trim()}" is not a version constraint (expected e.g. "~> 5.0" or ">= 1.2, < 2.0")`);
    const numbers = [m[2], m[3], m[4]].filter((n) => n !== undefined) as string[];
    const padded = [...numbers, "0", "0"].slice(0, 3).map(Number).join(".");
    const version = semver.parse(padded + (m[5] ?? ""));
    if (!version) throw new Error(`"${part.trim()}" is not a version constraint`);
    return { operator: (m[1] ?? "=") as Operator, version, written: numbers.length };
  });
}

/** Whether `version` meets every constraint, with go-version's prerelease rules. */
export function satisfiesAll(version: semver.SemVer, constraints: Constraint[]): boolean {
  return constraints.every((c) => satisfies(version, c));
}

/** A prerelease is selected only when an `=` constraint names exactly it (Terraform's module installer). */
export function prereleaseRequested(version: semver.SemVer, constraints: Constraint[]): boolean {
  return constraints.some((c) => c.operator === "=" && semver.eq(c.version, version));
}

function satisfies(v: semver.SemVer, c: Constraint): boolean {
  const order = semver.compare(v, c.version);
  switch (c.operator) {
    case "=":
      return order === 0;
    case "!=":
      return order !== 0;
    case ">":
      return prereleaseCompatible(v, c.version) && order > 0;
    case ">=":
      return prereleaseCompatible(v, c.version) && order >= 0;
    case "<":
      return prereleaseCompatible(v, c.version) && order < 0;
    case "<=":
      return prereleaseCompatible(v, c.version) && order <= 0;
    case "~>":
      return pessimistic(v, c);
  }
}

/** `~> 5.0.1` allows 5.0.x >= 5.0.1; `~> 5.0` allows 5.x >= 5.0; `~> 5` allows anything >= 5. */
function pessimistic(v: semver.SemVer, c: Constraint): boolean {
  if (!prereleaseCompatible(v, c.version)) return false;
  if (c.version.prerelease.length > 0 && v.prerelease.length === 0) return false;
  if (semver.lt(v, c.version)) return false;
  const parts = [v.major, v.minor, v.patch];
  const wanted = [c.version.major, c.version.minor, c.version.patch];
  for (let i = 0; i < c.written - 1; i++) if (parts[i] !== wanted[i]) return false;
  return true;
}

/** go-version: a prerelease version only meets a range whose bound is a prerelease of the same x.y.z. */
function prereleaseCompatible(v: semver.SemVer, bound: semver.SemVer): boolean {
  if (v.prerelease.length === 0) return true;
  if (bound.prerelease.length === 0) return false;
  return v.major === bound.major && v.minor === bound.minor && v.patch === bound.patch;
}
