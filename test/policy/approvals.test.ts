import { activeApprovals, applyApproval, applyRevocation } from "../../src/policy/apply-approval.js";
import type { ApprovalLogEntry, ApprovalRecord, RevocationRecord } from "../../src/policy/approval-record.js";
import type { UnknownCost } from "../../src/policy/unknown-costs.js";
import { config } from "./helpers/config.js";
import { diffOf, projectDiff } from "./helpers/diffs.js";
import { pullRequest, SHA_A, SHA_B } from "./helpers/policy-run.js";

const gate = (count: number, scope = "amount") => `thresholds:
  - name: large-increase
    monthly_increase_over: 500
    action: block
    approvers: { teams: [finops], users: [alice], count: ${count} }
approval_scope: ${scope}
`;
const prod = (total: string) => diffOf(projectDiff("prod", "1000", total));
const at = (yaml: string, total: string, sha: string) => pullRequest(config(yaml), prod(total), sha);

describe("approvals in the verdict", () => {
  it("turns a block into success once a qualified approver approves, with the approval in the summary", () => {
    const pr = at(gate(1), "1812", SHA_A);
    const log = pr.approve([], "bob", "Q3 capacity, budgeted in FIN-231", 9001);
    const verdict = pr.decide(log);
    expect([verdict.conclusion, verdict.title]).toEqual(["success", "Approved by @bob: +$812/mo (large-increase)"]);
    expect(verdict.summary).toEqual(['**Approved** large-increase: +$812/mo is over +$500/mo. Approved by @bob at a1b2c3d ("Q3 capacity, budgeted in FIN-231").']);
    expect(verdict.approved.map((g) => g.approvedBy)).toEqual([["bob"]]);
  });

  it("refuses a non-member and the author, leaving the check blocked", () => {
    const pr = at(gate(1), "1812", SHA_A);
    expect(() => pr.approve([], "mallory")).toThrow("not in any approver list for large-increase (needs @acme/finops or @alice)");
    expect(() => pr.approve([], "dave")).toThrow("you are the pull request's author and allow_author_approval is false");
    expect(pr.decide([]).conclusion).toBe("failure");
  });

  it("needs two distinct approvers when count is 2: one is not enough, nor the same one twice", () => {
    const pr = at(gate(2), "1812", SHA_A);
    const once = pr.approve([], "bob", "ok", 1);
    const twice = pr.approve(once, "bob", "really ok", 2);
    for (const log of [once, twice]) {
      const verdict = pr.decide(log);
      expect([verdict.conclusion, verdict.title]).toEqual(["failure", "Blocked: +$812/mo exceeds large-increase (+$500). Needs 1 more approval from @acme/finops or @alice"]);
      expect(verdict.summary[0]).toContain("(approved so far by @bob)");
    }
    const both = pr.approve(twice, "alice", "", 3);
    expect(pr.decide(both).title).toBe("Approved by @bob, @alice: +$812/mo (large-increase)");
  });

  describe("approval_scope: amount", () => {
    const approvedAt812 = at(gate(1), "1812", SHA_A).approve([], "bob", "", 1);

    it("voids the approval when the increase grows, saying what was approved and what it is now", () => {
      const verdict = at(gate(1), "2000", SHA_B).decide(approvedAt812);
      expect([verdict.conclusion, verdict.title]).toEqual(["failure", "Blocked: +$1,000/mo exceeds large-increase (+$500). Needs 1 approval from @acme/finops or @alice"]);
      expect(verdict.summary).toContain("The approval by @bob no longer covers the change: approved +$812/mo at a1b2c3d; now +$1,000/mo.");
    });

    it("keeps the approval across new commits while the increase stays at or below it", () => {
      for (const total of ["1812", "1700"]) expect(at(gate(1), total, SHA_B).decide(approvedAt812).conclusion).toBe("success");
    });

    it("needs a new approval when another project goes over the same threshold", () => {
      const yaml = gate(1);
      const before = pullRequest(config(yaml), diffOf(projectDiff("prod", "1000", "1812"), projectDiff("staging", "100", "90")), SHA_A);
      const log = before.approve([], "bob");
      const after = pullRequest(config(yaml), diffOf(projectDiff("prod", "1000", "1812"), projectDiff("staging", "100", "700")), SHA_B).decide(log);
      expect(after.conclusion).toBe("failure");
      expect(after.summary).toContain("The approval by @bob at a1b2c3d did not cover staging, which is now over large-increase.");
    });
  });

  describe("approval_scope: commit", () => {
    it("voids the approval on any new commit, even a cheaper one", () => {
      const log = at(gate(1, "commit"), "1812", SHA_A).approve([], "bob");
      expect(at(gate(1, "commit"), "1812", SHA_A).decide(log).conclusion).toBe("success");
      const verdict = at(gate(1, "commit"), "1600", SHA_B).decide(log);
      expect(verdict.conclusion).toBe("failure");
      expect(verdict.summary).toContain("The approval by @bob was for a1b2c3d; the pull request is now at b2c3d4e, so it must be approved again.");
    });
  });

  it("binds approvals of unpriced resources to the commit whatever the scope", () => {
    const unknowns: UnknownCost[] = [{ project: "prod", address: "aws_foo_bar.x", status: "unsupported", reason: "aws_foo_bar is not priced by Costgate yet" }];
    const yaml = `${gate(1)}unknown_costs: block\n`;
    const first = pullRequest(config(yaml), prod("1100"), SHA_A, unknowns);
    const log = first.approve([], "alice");
    expect(first.decide(log).title).toBe("Approved by @alice: +$100/mo (unpriced resources)");
    expect(pullRequest(config(yaml), prod("1100"), SHA_B, unknowns).decide(log).conclusion).toBe("failure");
  });

  it("blocks again after the approver revokes", () => {
    const pr = at(gate(1), "1812", SHA_A);
    const log = pr.approve([], "bob");
    const { records, outcome } = applyRevocation(log, revocation("bob", 102, 77));
    expect(outcome).toBe("revoked");
    expect(pr.decide(records).conclusion).toBe("failure");
  });

  it("does not count an approval for another threshold", () => {
    const other = `thresholds:\n  - { name: other, monthly_increase_over: 1, action: block, approvers: { users: [alice] } }\n`;
    const log = at(other, "1812", SHA_A).approve([], "alice");
    expect(at(gate(1), "1812", SHA_A).decide(log).conclusion).toBe("failure");
  });
});

const approval = (over: Partial<ApprovalRecord> = {}): ApprovalRecord => ({
  kind: "approval",
  approver: "bob",
  approverId: 102,
  at: "2026-08-03T09:15:00Z",
  headSha: SHA_A,
  approvedIncrease: "812",
  scopes: [{ scope: "prod", increase: "812" }],
  thresholds: ["large-increase"],
  reason: "",
  via: "comment",
  ...over,
});
const revocation = (approver: string, approverId: number, commentId?: number): RevocationRecord => ({
  kind: "revocation",
  approver,
  approverId,
  at: "2026-08-03T10:00:00Z",
  headSha: SHA_A,
  ...(commentId === undefined ? {} : { commentId }),
});

describe("applyApproval and applyRevocation", () => {
  it("records an approval once: a redelivered webhook for the same comment is already recorded", () => {
    const first = applyApproval([], approval({ commentId: 5 }));
    expect(first.outcome).toBe("recorded");
    const again = applyApproval(first.records, approval({ commentId: 5, at: "2026-08-03T09:16:00Z" }));
    expect([again.outcome, again.records]).toEqual(["already recorded", first.records]);
  });

  it("treats a second click on the button for the same commit and amount as already recorded", () => {
    const first = applyApproval([], approval({ via: "check-button" }));
    expect(applyApproval(first.records, approval({ via: "check-button", at: "2026-08-03T09:20:00Z" })).outcome).toBe("already recorded");
    expect(applyApproval(first.records, approval({ via: "check-button", headSha: SHA_B })).outcome).toBe("recorded");
  });

  it("keeps each approver's latest approval standing, and the whole history in the log", () => {
    const log: ApprovalLogEntry[] = [approval(), approval({ approver: "alice", approverId: 101 }), approval({ headSha: SHA_B, approvedIncrease: "900" })];
    expect(activeApprovals(log).map((r) => [r.approver, r.headSha])).toEqual([
      ["alice", SHA_A],
      ["bob", SHA_B],
    ]);
  });

  it("revokes only a standing approval, once per comment, and lets the approver approve again", () => {
    expect(applyRevocation([], revocation("bob", 102)).outcome).toBe("nothing to revoke");
    const revoked = applyRevocation([approval()], revocation("bob", 102, 8));
    expect(applyRevocation(revoked.records, revocation("bob", 102, 8)).outcome).toBe("already recorded");
    expect(applyRevocation(revoked.records, revocation("bob", 102, 9)).outcome).toBe("nothing to revoke");
    expect(activeApprovals(revoked.records)).toEqual([]);
    const again = applyApproval(revoked.records, approval({ headSha: SHA_B, commentId: 10 }));
    expect(activeApprovals(again.records).map((r) => r.headSha)).toEqual([SHA_B]);
    expect(again.records.map((r) => r.kind)).toEqual(["approval", "revocation", "approval"]);
  });

  it("tells approvers apart by id, so a renamed login is still one approver", () => {
    const log: ApprovalLogEntry[] = [approval(), approval({ approver: "bob-renamed" })];
    expect(activeApprovals(log).map((r) => r.approver)).toEqual(["bob-renamed"]);
  });
});
