import nock from "nock";
import type { Probot } from "probot";
import type { GitFile } from "../../src/demo/git-snapshot.js";
import { parseApprovalLog } from "../../src/policy/index.js";
import { approvalBy, costgateComment, GATE, github, headWithWebNodes, loadCostgate, NEXT_SHA, pendingRequired, PEOPLE, pullRequestEvent, SIGNING_KEY } from "./app-harness.js";

/** Bob approved the demo change (+$479.70/mo) at HEAD_SHA; then jdoe pushed NEXT_SHA. */
const APPROVED = [approvalBy(PEOPLE.bob)];

describe("a new push after an approval", () => {
  let probot: Probot;
  beforeEach(async () => {
    probot = await loadCostgate();
  });
  afterEach(() => nock.cleanAll());

  async function push(files: GitFile[] | undefined, opts: { config?: string; comments?: object[] } = {}) {
    const gh = github();
    const out = { comment: "", check: {} as any };
    gh.checkCreated((body) => expect(body.head_sha).toBe(NEXT_SHA));
    gh.pullRequest(NEXT_SHA);
    gh.config(opts.config ?? GATE);
    await gh.change(NEXT_SHA, files);
    gh.comments(opts.comments ?? [costgateComment(8001, { records: APPROVED })]);
    gh.commentUpdated(8001, (body) => (out.comment = body));
    gh.checkCompleted((body) => (out.check = body));
    await probot.receive(pullRequestEvent("synchronize", NEXT_SHA));
    expect(pendingRequired()).toEqual([]);
    return out;
  }

  it("raising the increase past the approved amount: failure again, and the comment says the approval no longer covers it", async () => {
    const { comment, check } = await push(await headWithWebNodes(6));
    expect(check.conclusion).toBe("failure");
    expect(check.output.title).toBe("Blocked: +$624.66/mo exceeds large-increase (+$300). Needs 1 approval from @acme/finops");
    expect(comment).toContain("> - The approval by @bob-finops no longer covers the change: approved +$479.70/mo at 8e69b7e; now +$624.66/mo.");
    expect(check.actions).toHaveLength(1);
    // The audit trail keeps the earlier approval.
    expect(parseApprovalLog(comment, { signingKey: SIGNING_KEY }).records).toEqual(APPROVED);
  });

  it("lowering it: still approved (approval_scope: amount)", async () => {
    const { check } = await push(await headWithWebNodes(3));
    expect([check.conclusion, check.output.title]).toEqual(["success", "Approved by @bob-finops: +$407.22/mo (large-increase)"]);
  });

  it("lowering it with approval_scope: commit: the approval was for the earlier commit", async () => {
    const { comment, check } = await push(await headWithWebNodes(3), { config: `${GATE}approval_scope: commit\n` });
    expect(check.conclusion).toBe("failure");
    expect(comment).toContain(`The approval by @bob-finops was for 8e69b7e; the pull request is now at ${NEXT_SHA.slice(0, 7)}, so it must be approved again.`);
  });

  it("a push that removes every Terraform change edits the old cost comment so it shows no stale number", async () => {
    const gh = github();
    let comment = "";
    let check: any;
    gh.checkCreated();
    gh.pullRequest(NEXT_SHA);
    gh.config(GATE);
    gh.changedFiles(["README.md"]);
    gh.mergeBase(NEXT_SHA);
    gh.comments([costgateComment(8001, { records: APPROVED })]);
    gh.commentUpdated(8001, (body) => (comment = body));
    gh.checkCompleted((body) => (check = body));
    await probot.receive(pullRequestEvent("synchronize", NEXT_SHA));
    expect(pendingRequired()).toEqual([]);
    expect([check.conclusion, check.output.title]).toEqual(["neutral", "No Terraform changes"]);
    expect(comment).toContain("### Costgate: No Terraform changes");
    expect(comment).not.toContain("Monthly cost will");
    // The audit trail of the earlier approval stays.
    expect(parseApprovalLog(comment, { signingKey: SIGNING_KEY }).records).toEqual(APPROVED);
  });

  it("a tampered approval log is not honoured, and the summary says so", async () => {
    // mallory edits the App's comment (she has write access) to add an approval signed with a key she made up.
    const forged = costgateComment(8001, { records: [approvalBy(PEOPLE.mallory, { thresholds: ["large-increase"] })], signingKey: "mallory-guess" });
    const { comment, check } = await push(undefined, { comments: [forged] });
    expect(check.conclusion).toBe("failure");
    expect(check.output.summary).toContain(
      "**Warning**: The approval log in Costgate's comment could not be read (its signature does not match); earlier approvals are not counted and must be given again.",
    );
    expect(parseApprovalLog(comment, { signingKey: SIGNING_KEY }).records).toEqual([]);
  });

  it("a marker pasted into a person's comment is ignored: only the App's own comments carry approvals", async () => {
    const pasted = { ...costgateComment(555, { records: APPROVED }), user: { login: "mallory", type: "User" } };
    const gh = github();
    let check: any;
    gh.checkCreated();
    gh.pullRequest(NEXT_SHA);
    gh.config(GATE);
    await gh.change(NEXT_SHA);
    gh.comments([pasted]);
    gh.commentCreated(() => {});
    gh.checkCompleted((body) => (check = body));
    await probot.receive(pullRequestEvent("synchronize", NEXT_SHA));
    expect(pendingRequired()).toEqual([]);
    expect(check.conclusion).toBe("failure");
  });
});

describe("quiet comments", () => {
  let probot: Probot;
  beforeEach(async () => {
    probot = await loadCostgate();
  });
  afterEach(() => nock.cleanAll());

  it("when: changed posts nothing for a push that leaves cost, verdict and approvals as they were", async () => {
    const config = `${GATE}comment:\n  when: changed\n`;
    const first = github();
    let posted = "";
    first.checkCreated();
    first.pullRequest();
    first.config(config);
    await first.change();
    first.comments([]);
    first.commentCreated((body) => (posted = body));
    first.checkCompleted(() => {});
    await probot.receive(pullRequestEvent("opened"));
    expect(pendingRequired()).toEqual([]);

    const second = github();
    let check: any;
    second.checkCreated();
    second.pullRequest(NEXT_SHA);
    second.config(config);
    await second.change(NEXT_SHA);
    // Read once for the log; no second listing and no write.
    second.comments([{ ...costgateComment(9001), body: posted }], 1);
    second.checkCompleted((body) => (check = body));
    await probot.receive(pullRequestEvent("synchronize", NEXT_SHA));
    expect(pendingRequired()).toEqual([]);
    expect(check.conclusion).toBe("failure");
  });

  it("when: threshold posts nothing while no threshold is hit", async () => {
    const gh = github();
    gh.checkCreated();
    gh.pullRequest();
    gh.config(`${GATE.replace("300", "500")}comment:\n  when: threshold\n`);
    await gh.change();
    gh.comments([], 1);
    gh.checkCompleted((body) => expect(body.conclusion).toBe("success"));
    await probot.receive(pullRequestEvent("opened"));
    expect(pendingRequired()).toEqual([]);
  });

  it("when: threshold keeps an existing comment up to date once under the threshold again", async () => {
    const gh = github();
    let edited = "";
    gh.checkCreated();
    gh.pullRequest();
    gh.config(`${GATE.replace("300", "500")}comment:\n  when: threshold\n`);
    await gh.change();
    gh.comments([costgateComment(8001)]);
    gh.commentUpdated(8001, (body) => (edited = body));
    gh.checkCompleted(() => {});
    await probot.receive(pullRequestEvent("opened"));
    expect(pendingRequired()).toEqual([]);
    expect(edited).toContain("**Budget:** +$479.70/mo is within every threshold.");
  });

  describe("behaviours that post a new comment carry the approval log into it", () => {
    async function behaviour(name: string, retire: (gh: ReturnType<typeof github>) => void) {
      const gh = github();
      let created = "";
      gh.checkCreated();
      gh.pullRequest(NEXT_SHA);
      gh.config(`${GATE}comment:\n  behavior: ${name}\n`);
      await gh.change(NEXT_SHA);
      gh.comments([costgateComment(8001, { records: APPROVED })]);
      gh.commentCreated((body) => (created = body));
      retire(gh);
      gh.checkCompleted((body) => expect(body.conclusion).toBe("success"));
      await probot.receive(pullRequestEvent("synchronize", NEXT_SHA));
      expect(pendingRequired()).toEqual([]);
      expect(parseApprovalLog(created, { signingKey: SIGNING_KEY }).records).toEqual(APPROVED);
    }

    it("new: the old comment stays", () => behaviour("new", () => {}));
    it("hide-and-new: the old comment is minimized as outdated", () => behaviour("hide-and-new", (gh) => gh.commentMinimized("IC_8001")));
    it("delete-and-new: the old comment is deleted", () => behaviour("delete-and-new", (gh) => gh.commentDeleted(8001)));
  });
});
