import nock from "nock";
import type { Probot } from "probot";
import { parseApprovalLog } from "../../src/policy/index.js";
import {
  approvalBy,
  commentEvent,
  costgateComment,
  GATE,
  github,
  HEAD_SHA,
  loadCostgate,
  pendingRequired,
  PEOPLE,
  SIGNING_KEY,
} from "./app-harness.js";

const COMMAND_ID = 2871502210;
const TWO_APPROVERS = GATE.replace("teams: [finops]", "teams: [finops]\n      count: 2");

describe("/costgate approve", () => {
  let probot: Probot;
  beforeEach(async () => {
    probot = await loadCostgate();
  });
  afterEach(() => nock.cleanAll());

  /** Reads every approval command makes: the pull request, the base config, the estimate, the comments. */
  async function reads(gh: ReturnType<typeof github>, opts: { config?: string; comments?: object[]; pullRequestReads?: number; commentReads?: number } = {}) {
    gh.pullRequest(HEAD_SHA, opts.pullRequestReads ?? 2);
    gh.config(opts.config ?? GATE);
    await gh.change();
    gh.comments(opts.comments ?? [costgateComment(8001)], opts.commentReads ?? 2);
  }

  /** An accepted approval: a new check, the comment rewritten, a 👍 on the command. */
  function published(gh: ReturnType<typeof github>, commandId = COMMAND_ID) {
    const out = { comment: "", check: {} as any };
    gh.checkCreated((body) => expect(body).toMatchObject({ head_sha: HEAD_SHA, status: "in_progress" }));
    gh.commentUpdated(8001, (body) => (out.comment = body));
    gh.checkCompleted((body) => (out.check = body));
    gh.reaction(commandId);
    return out;
  }

  it("by a member of the approving team: the check passes, and the comment and summary record who, which commit, how much and why", async () => {
    const gh = github();
    await reads(gh);
    gh.teamMembership("finops", PEOPLE.bob.login, "active");
    const out = published(gh);

    await probot.receive(commentEvent("/costgate approve Q3 capacity, budgeted in FIN-231"));

    expect(pendingRequired()).toEqual([]);
    expect(out.check.conclusion).toBe("success");
    expect(out.check.output.title).toBe("Approved by @bob-finops: +$479.70/mo (large-increase)");
    expect(out.check.actions).toBeUndefined();
    expect(out.check.output.summary).toBe(out.comment);
    expect(out.comment).toContain('> - **Approved** large-increase: +$479.70/mo is over +$300/mo. Approved by @bob-finops at 8e69b7e ("Q3 capacity, budgeted in FIN-231").');
    expect(out.comment).toContain("| 2026-05-04 11:40 | bob-finops | approved by comment | `8e69b7e` | +$479.70/mo | large-increase | Q3 capacity, budgeted in FIN-231 |");
    const { records, problem } = parseApprovalLog(out.comment, { signingKey: SIGNING_KEY });
    expect(problem).toBeNull();
    expect(records).toEqual([
      {
        kind: "approval", approver: "bob-finops", approverId: PEOPLE.bob.id, at: "2026-05-04T11:40:12Z", headSha: HEAD_SHA, approvedIncrease: "479.704",
        scopes: [{ scope: "envs/prod", increase: "479.704" }], thresholds: ["large-increase"], reason: "Q3 capacity, budgeted in FIN-231", via: "comment", commentId: COMMAND_ID,
      },
    ]);
  });

  describe("refused with a short reply; nothing else changes (no check run, no comment edit)", () => {
    async function refused(by: { login: string; id: number; type: string }, lookup: "active" | "pending" | null | "none", opts: { config?: string; comments?: object[] } = {}) {
      const gh = github();
      await reads(gh, { ...opts, pullRequestReads: 1 });
      if (lookup !== "none") gh.teamMembership("finops", by.login, lookup);
      let reply = "";
      gh.commentCreated((body) => (reply = body));
      await probot.receive(commentEvent("/costgate approve", by));
      expect(pendingRequired()).toEqual([]);
      return reply;
    }

    it("someone outside the approver list", async () => {
      const reply = await refused(PEOPLE.mallory, null);
      expect(reply).toBe(`@mallory Your approval was not recorded: not in any approver list for large-increase (needs \`@acme/finops\`).\n\n<!-- costgate:reply comment-${COMMAND_ID} -->`);
    });

    it("the pull request's author, without asking GitHub about teams", async () => {
      const reply = await refused(PEOPLE.jdoe, "none");
      expect(reply).toMatch(/^@jdoe Your approval was not recorded: you are the pull request's author and allow_author_approval is false\./);
    });

    it("an outside collaborator (write access to the repository, no team membership)", async () => {
      const reply = await refused(PEOPLE.oscar, null);
      expect(reply).toMatch(/^@oscar-contractor Your approval was not recorded: not in any approver list for large-increase/);
    });

    it("someone whose invitation to the team is still pending", async () => {
      expect(await refused(PEOPLE.carol, "pending")).toMatch(/^@carol-finops Your approval was not recorded: not in any approver list/);
    });

    it("an approval of a number the comment does not show (a push landed since)", async () => {
      const reply = await refused(PEOPLE.bob, "none", { comments: [costgateComment(8001, { increase: "120.5" })] });
      expect(reply).toMatch(/^@bob-finops Your approval was not recorded: the estimate changed since Costgate's comment \(it shows \+\$120\.50\/mo, now \+\$479\.70\/mo\)/);
    });

    it("nothing over a block threshold", async () => {
      const reply = await refused(PEOPLE.bob, "none", { config: GATE.replace("300", "500") });
      expect(reply).toMatch(/^@bob-finops Your approval was not recorded: nothing to approve: no block threshold is hit\./);
    });

    it("a reply already posted for that command is not posted again", async () => {
      const gh = github();
      await reads(gh, { pullRequestReads: 1, comments: [costgateComment(8001), { ...costgateComment(9100), body: `@mallory no\n\n<!-- costgate:reply comment-${COMMAND_ID} -->` }] });
      gh.teamMembership("finops", PEOPLE.mallory.login, null);
      // No comment mock: a second reply would fail the run.
      await probot.receive(commentEvent("/costgate approve", PEOPLE.mallory));
      expect(pendingRequired()).toEqual([]);
    });
  });

  it("two approvals needed: one is not enough, a second approver's passes the check", async () => {
    const first = github();
    await reads(first, { config: TWO_APPROVERS });
    first.teamMembership("finops", PEOPLE.bob.login, "active");
    const afterOne = published(first);
    await probot.receive(commentEvent("/costgate approve"));
    expect(pendingRequired()).toEqual([]);
    expect(afterOne.check.conclusion).toBe("failure");
    expect(afterOne.check.output.title).toBe("Blocked: +$479.70/mo exceeds large-increase (+$300). Needs 1 more approval from @acme/finops");
    expect(afterOne.check.actions).toHaveLength(1);

    const second = github();
    await reads(second, { config: TWO_APPROVERS, comments: [{ ...costgateComment(8001), body: afterOne.comment }] });
    second.teamMembership("finops", PEOPLE.carol.login, "active");
    const afterTwo = published(second, 2871502999);
    await probot.receive(commentEvent("/costgate approve", PEOPLE.carol, { id: 2871502999 }));
    expect(pendingRequired()).toEqual([]);
    expect([afterTwo.check.conclusion, afterTwo.check.output.title]).toEqual(["success", "Approved by @bob-finops, @carol-finops: +$479.70/mo (large-increase)"]);
  });

  it("when the App may not read team membership, the reply says which permission it needs", async () => {
    const gh = github();
    await reads(gh, { pullRequestReads: 1 });
    gh.scope.get(`/orgs/acme/teams/finops/memberships/${PEOPLE.bob.login}`).reply(403, { message: "Resource not accessible by integration" });
    let reply = "";
    gh.commentCreated((body) => (reply = body));
    await probot.receive(commentEvent("/costgate approve"));
    expect(pendingRequired()).toEqual([]);
    expect(reply).toMatch(
      /^@bob-finops Costgate could not process this `\/costgate approve`: GitHub API GET \/orgs\/acme\/teams\/finops\/memberships\/bob-finops: 403 Forbidden: Resource not accessible by integration \(the Costgate App needs the organization permission Members: read to check `@acme\/finops`\)/,
    );
  });

  it("the same command comment again (a redelivery on another replica) changes and posts nothing", async () => {
    const gh = github();
    await reads(gh, { pullRequestReads: 1, commentReads: 1, comments: [costgateComment(8001, { records: [approvalBy(PEOPLE.bob, { commentId: COMMAND_ID })] })] });
    // No membership, check, comment or reaction mock: any of them would fail the run.
    await probot.receive(commentEvent("/costgate approve"));
    expect(pendingRequired()).toEqual([]);
  });

  it("an edited comment, a bot's comment and a comment on an issue never approve, and nothing is even read", async () => {
    const attempted: string[] = [];
    const record = (req: { method: string; path: string }) => attempted.push(`${req.method} ${req.path}`);
    nock.emitter.on("no match", record);
    await probot.receive(commentEvent("/costgate approve", PEOPLE.bob, { action: "edited" }));
    await probot.receive(commentEvent("/costgate approve", { login: "renovate[bot]", id: 29139614, type: "Bot" }));
    const onAnIssue = commentEvent("/costgate approve");
    delete onAnIssue.payload.issue.pull_request;
    await probot.receive(onAnIssue);
    nock.emitter.removeListener("no match", record);
    expect(attempted).toEqual([]);
  });
});

describe("/costgate revoke, recalculate and unknown words", () => {
  let probot: Probot;
  beforeEach(async () => {
    probot = await loadCostgate();
  });
  afterEach(() => nock.cleanAll());

  it("revoke withdraws one's own approval: the check fails again and the log keeps both lines", async () => {
    const gh = github();
    gh.pullRequest(HEAD_SHA, 2);
    gh.config(GATE);
    await gh.change();
    gh.comments([costgateComment(8001, { records: [approvalBy(PEOPLE.bob)] })]);
    let comment = "";
    let check: any;
    gh.checkCreated();
    gh.commentUpdated(8001, (body) => (comment = body));
    gh.checkCompleted((body) => (check = body));
    gh.reaction(COMMAND_ID);

    await probot.receive(commentEvent("/costgate revoke"));

    expect(pendingRequired()).toEqual([]);
    expect(check.conclusion).toBe("failure");
    expect(comment).toContain("| bob-finops | approved by comment | `8e69b7e` | +$479.70/mo | large-increase | Q3 capacity |");
    expect(comment).toContain("| 2026-05-04 11:40 | bob-finops | revoked | `8e69b7e` |");
  });

  it("revoke without a standing approval is refused with a reply", async () => {
    const gh = github();
    gh.pullRequest(HEAD_SHA, 1);
    gh.config(GATE);
    await gh.change();
    gh.comments([costgateComment(8001, { records: [approvalBy(PEOPLE.bob)] })]);
    let reply = "";
    gh.commentCreated((body) => (reply = body));
    await probot.receive(commentEvent("/costgate revoke", PEOPLE.carol));
    expect(pendingRequired()).toEqual([]);
    expect(reply).toMatch(/^@carol-finops Nothing was revoked: you have no standing approval on this pull request\./);
  });

  it("recalculate runs the estimate again on the current head and reacts to the command", async () => {
    const gh = github();
    gh.pullRequest(HEAD_SHA, 2);
    gh.config(GATE);
    await gh.change();
    gh.comments([costgateComment(8001)]);
    let check: any;
    gh.checkCreated((body) => expect(body.head_sha).toBe(HEAD_SHA));
    gh.commentUpdated(8001, () => {});
    gh.checkCompleted((body) => (check = body));
    gh.reaction(COMMAND_ID);
    await probot.receive(commentEvent("/costgate recalculate", PEOPLE.jdoe));
    expect(pendingRequired()).toEqual([]);
    expect(check.output.title).toMatch(/^Blocked: \+\$479\.70\/mo/);
  });

  it("an unknown word gets the usage, once", async () => {
    const gh = github();
    gh.comments([], 1);
    let reply = "";
    gh.commentCreated((body) => (reply = body));
    await probot.receive(commentEvent("/costgate aprove", PEOPLE.bob));
    expect(pendingRequired()).toEqual([]);
    expect(reply).toMatch(/^@bob-finops `\/costgate aprove` is not a command\. Costgate knows `\/costgate approve \[reason\]`, `\/costgate revoke` and `\/costgate recalculate`\./);
  });
});
