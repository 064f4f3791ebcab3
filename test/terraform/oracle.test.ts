import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LocalTree } from "../../src/source/local-tree.js";
import { evaluateProject } from "../../src/terraform/evaluate-project.js";
import { defaultProject } from "../../src/terraform/project.js";
import type { ResourceInstance } from "../../src/terraform/resource-instance.js";
import { isUnknown, type Unknown } from "../../src/terraform/unknown.js";
import type { Value } from "../../src/terraform/value.js";
import { fixtureFunctions } from "./test-functions.js";

// fixtures/terraform/oracle/*: realistic configurations planned by real Terraform
// (scripts/terraform-fixtures.sh). Every attribute Costgate evaluates must equal Terraform's
// planned value, and what Costgate calls unknown must be unknown after apply for Terraform too.
// Without provider schemas Costgate cannot know what the provider does after configuration,
// so three differences are allowed: an attribute set to null (Terraform fills the provider's
// default or a computed value), a primitive the schema converts (`true` vs `"true"`), and JSON
// the provider normalizes (policies).

interface Planned {
  address: string;
  type: string;
  values: Record<string, unknown>;
  after_unknown: Record<string, unknown>;
}

const oracleDir = fileURLToPath(new URL("../../fixtures/terraform/oracle/", import.meta.url));
const fixtures = readdirSync(oracleDir);

/** Differences between our value and Terraform's, as readable paths. */
function compare(ours: Value, theirs: unknown, theirsUnknown: unknown, path: string, out: string[]): void {
  if (ours === null) return;
  if (isUnknown(ours)) {
    if (theirsUnknown !== true) out.push(`${path}: Costgate says unknown (${(ours as Unknown).reason}), Terraform knows ${JSON.stringify(theirs)}`);
    return;
  }
  if (theirsUnknown === true) {
    out.push(`${path}: Costgate says ${JSON.stringify(ours)}, Terraform says unknown`);
    return;
  }
  if (Array.isArray(ours)) {
    if (!Array.isArray(theirs) || theirs.length !== ours.length) {
      out.push(`${path}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`);
      return;
    }
    const unknowns = Array.isArray(theirsUnknown) ? theirsUnknown : [];
    const inOrder: string[] = [];
    ours.forEach((v, i) => compare(v, theirs[i], unknowns[i], `${path}[${i}]`, inOrder));
    if (inOrder.length === 0) return;
    // Set-typed blocks come back in Terraform's set order: match each element anywhere.
    const unmatched = ours.filter((v) => !theirs.some((t, j) => {
      const diffs: string[] = [];
      compare(v, t, unknowns[j], path, diffs);
      return diffs.length === 0;
    }));
    if (unmatched.length) out.push(...inOrder);
    return;
  }
  if (ours !== null && typeof ours === "object") {
    if (theirs === null || typeof theirs !== "object") {
      out.push(`${path}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`);
      return;
    }
    const t = theirs as Record<string, unknown>;
    const u = (theirsUnknown ?? {}) as Record<string, unknown>;
    for (const k of Object.keys(ours)) compare(ours[k], t[k], u[k], path ? `${path}.${k}` : k, out);
    return;
  }
  if (ours !== theirs && !sameAfterSchema(ours, theirs)) out.push(`${path}: Costgate ${JSON.stringify(ours)} vs Terraform ${JSON.stringify(theirs)}`);
}

function sameAfterSchema(ours: Value, theirs: unknown): boolean {
  if (typeof theirs === "string" && (typeof ours === "boolean" || typeof ours === "number")) return String(ours) === theirs;
  if (typeof ours !== "string" || typeof theirs !== "string") return false;
  try {
    return JSON.stringify(sortDeep(JSON.parse(ours))) === JSON.stringify(sortDeep(JSON.parse(theirs)));
  } catch {
    return false;
  }
}

function sortDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (v && typeof v === "object") return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortDeep((v as Record<string, unknown>)[k])]));
  return v;
}

describe.each(fixtures)("oracle %s", (name) => {
  let instances: ResourceInstance[];
  let expected: Planned[];
  beforeAll(async () => {
    const result = await evaluateProject(new LocalTree(`${oracleDir}${name}`), defaultProject("."), { functions: fixtureFunctions });
    expect(result.diagnostics).toEqual([]);
    instances = result.instances;
    expected = JSON.parse(readFileSync(`${oracleDir}${name}/expected.json`, "utf8"));
  });

  it("lists exactly the instances Terraform plans", () => {
    expect(instances.map((i) => i.address).sort()).toEqual(expected.map((e) => e.address));
  });

  it("evaluates every attribute to Terraform's planned value", () => {
    const diffs: string[] = [];
    for (const planned of expected) {
      const ours = instances.find((i) => i.address === planned.address);
      if (ours) compare(ours.attributes, planned.values, planned.after_unknown, planned.address, diffs);
    }
    expect(diffs).toEqual([]);
  });
});
