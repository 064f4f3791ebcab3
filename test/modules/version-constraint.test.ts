import semver from "semver";
import { parseConstraints, prereleaseRequested, satisfiesAll } from "../../src/modules/version-constraint.js";
import { selectVersion } from "../../src/modules/select-version.js";

/** Whether Terraform would accept `version` for `constraint` (prerelease rule included). */
function accepts(constraint: string, version: string): boolean {
  const constraints = parseConstraints(constraint);
  const v = semver.parse(version)!;
  return satisfiesAll(v, constraints) && (v.prerelease.length === 0 || prereleaseRequested(v, constraints));
}

describe("Terraform version constraints", () => {
  it.each<[string, string, boolean]>([
    // exact, with and without "="; partial versions pad with zeros
    ["5.21.0", "5.21.0", true],
    ["= 5.21.0", "5.21.0", true],
    ["=5.21.0", "5.21.1", false],
    ["5.21", "5.21.0", true],
    ["v5.21.0", "5.21.0", true],
    ["!= 5.1.0", "5.1.0", false],
    ["!= 5.1.0", "5.1.1", true],
    [">= 5.0", "5.0.0", true],
    [">= 5.0", "4.66.1", false],
    ["> 5.0.0", "5.0.0", false],
    ["> 5.0.0", "5.0.1", true],
    ["< 6.0.0", "5.99.99", true],
    ["< 6", "6.0.0", false],
    ["<= 5.1", "5.1.0", true],
    ["<= 5.1", "5.1.1", false],
    // pessimistic: the last written part may grow
    ["~> 5.0", "5.0.0", true],
    ["~> 5.0", "5.21.0", true],
    ["~> 5.0", "6.0.0", false],
    ["~> 5.0", "4.9.9", false],
    ["~> 5.0.1", "5.0.1", true],
    ["~> 5.0.1", "5.0.9", true],
    ["~> 5.0.1", "5.1.0", false],
    ["~> 5.0.1", "5.0.0", false],
    ["~> 5.1", "5.0.9", false],
    ["~> 5", "5.0.0", true],
    ["~> 5", "6.2.0", true],
    ["~> 5", "4.9.0", false],
    ["~>5.2", "5.3.0", true],
    // comma means AND
    [">= 5.0, < 5.10", "5.9.3", true],
    [">= 5.0, < 5.10", "5.10.0", false],
    [">= 4.0,!= 4.5.0, < 5", "4.5.0", false],
    [">= 4.0,!= 4.5.0, < 5", "4.5.1", true],
    ["~> 5.0, != 5.3.0", "5.3.0", false],
    // prereleases only when named exactly
    [">= 5.0", "6.0.0-beta1", false],
    ["~> 6.0", "6.0.0-rc.1", false],
    ["6.0.0-rc.1", "6.0.0-rc.1", true],
    ["= 6.0.0-rc.1", "6.0.0-rc.1", true],
    ["6.0.0-rc.1", "6.0.0-rc.2", false],
    [">= 6.0.0-rc.1", "6.0.0-rc.2", false],
    [">= 6.0.0-rc.1", "6.0.0", true],
    ["", "5.21.0", true],
  ])("%j accepts %s: %s", (constraint, version, expected) => {
    expect(accepts(constraint, version)).toBe(expected);
  });

  it.each([["~>"], ["5.0 || 6.0"], ["^5.0"], ["~5.0"], [">= five"], ["5.0.0.1"], [">= 5.0,"]])("rejects %j with the bad part named", (text) => {
    expect(() => parseConstraints(text)).toThrow("is not a version constraint");
  });
});

describe("selectVersion", () => {
  // The order registry.terraform.io lists them in is not sorted.
  const published = ["5.0.0", "5.21.0", "4.0.2", "5.1.2", "6.0.0-beta1", "5.8.1", "3.19.0", "not-a-version"];

  it.each<[string | undefined, string]>([
    [undefined, "5.21.0"],
    ["", "5.21.0"],
    ["~> 5.0", "5.21.0"],
    ["~> 5.1.0", "5.1.2"],
    ["~> 4.0", "4.0.2"],
    [">= 3.0, < 5.0", "4.0.2"],
    ["< 5.0.0, != 4.0.2", "3.19.0"],
    ["5.8.1", "5.8.1"],
    ["6.0.0-beta1", "6.0.0-beta1"],
  ])("%j selects %s", (constraint, expected) => {
    expect(selectVersion("terraform-aws-modules/vpc/aws", published, constraint)).toBe(expected);
  });

  it("names the module, the constraint and the newest release when nothing matches", () => {
    expect(() => selectVersion("terraform-aws-modules/vpc/aws", published, "~> 99.0")).toThrow(
      "no version of terraform-aws-modules/vpc/aws matches ~> 99.0 (newest: 5.21.0)",
    );
  });

  it("reports a malformed constraint as such", () => {
    expect(() => selectVersion("terraform-aws-modules/vpc/aws", published, "^5.0")).toThrow(
      'invalid version constraint for terraform-aws-modules/vpc/aws: "^5.0" is not a version constraint',
    );
  });

  it("reports a module without releases", () => {
    expect(() => selectVersion("acme/vpc/aws", ["1.0.0-alpha"], undefined)).toThrow("acme/vpc/aws has no published versions");
  });
});
