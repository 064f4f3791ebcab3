import nock from "nock";
import type { Probot } from "probot";
import { parseApprovalLog } from "../../src/policy/index.js";
import { checkRunEvent, commentEvent, costgateComment, DEMO_INCREASE, GATE, github, HEAD_SHA, loadCostgate, NEXT_SHA, NOW, pendingRequired, PEOPLE, SIGNING_KEY } from "./app-harness.js";

const CLICKED_RUN = 27730119845;

describe("the Costgate check run", () => {
  let probot: Probot;
  beforeEach(async () => {
    probot = await loadCostgate();
  });
  afterEach(() => nock.cleanAll());

  async function reads(gh: ReturnType<typeof github>, pullRequestReads: number, head = HEAD_SHA) {
    gh.pullRequest(head, pullRequestReads);
    gh.config(GATE);
    await gh.change(head);
    gh.comments([costgateComment(8001)]);
  }

  it("Approve cost by a member of the approving team: approved, bound to the clicked check's commit", async () => {
    const gh = github();
    await reads(gh, 2);
    gh.teamMembership("finops", PEOPLE.bob.login, "active");
    let comment = "";
    let check: any;
    gh.checkCreated((body) => expect(body).toMatchObject({ head_sha: HEAD_SHA, external_id: "pull-request:42" }));
    gh.commentUpdated(8001, (body) => (comment = body));
    gh.checkCompleted((body) => (check = body));

    // check_run.pull_requests is empty (the head is on a fork): the App finds #42 by the run's external_id.
    await probot.receive(checkRunEvent("requested_action", PEOPLE.bob));

    expect(pendingRequired()).toEqual([]);
    expect([check.conclusion, check.output.title]).toEqual(["success", "Approved by @bob-finops: +$479.70/mo (large-increase)"]);
    expect(comment).toContain("| 2026-05-04 12:00 | bob-finops | approved by button | `8e69b7e` | +$479.70/mo | large-increase |  |");
    expect(parseApprovalLog(comment, { signingKey: SIGNING_KEY }).records).toEqual([
      expect.objectContaining({ approver: "bob-finops", at: NOW, headSha: HEAD_SHA, approvedIncrease: DEMO_INCREASE, via: "check-button", reason: "" }),
    ]);
  });

  it("Approve cost by the pull request's author: refused with a reply, nothing else", async () => {
    const gh = github();
    await reads(gh, 1);
    let reply = "";
    gh.commentCreated((body) => (reply = body));

    await probot.receive(checkRunEvent("requested_action", PEOPLE.jdoe));

    expect(pendingRequired()).toEqual([]);
    expect(reply).toBe(
      `@jdoe Your approval was not recorded: you are the pull request's author and allow_author_approval is false.\n\n<!-- costgate:reply check-run-${CLICKED_RUN}-${PEOPLE.jdoe.id} -->`,
    );
  });

  it("Approve cost on an older commit's check approves nothing, known before estimating anything", async () => {
    const gh = github();
    gh.pullRequest(NEXT_SHA, 1);
    gh.comments([], 1);
    let reply = "";
    gh.commentCreated((body) => (reply = body));

    await probot.receive(checkRunEvent("requested_action", PEOPLE.bob, HEAD_SHA));

    expect(pendingRequired()).toEqual([]);
    expect(reply).toMatch(/^@bob-finops Your approval was not recorded: that check is for 8e69b7e, but the pull request is now at c41d7a9; use the button on the newest Costgate check\./);
  });

  it("Re-run evaluates the pull request's current head in a new check", async () => {
    const gh = github();
    await reads(gh, 2, NEXT_SHA);
    let check: any;
    gh.checkCreated((body) => expect(body.head_sha).toBe(NEXT_SHA));
    gh.commentUpdated(8001, () => {});
    gh.checkCompleted((body) => (check = body));

    await probot.receive(checkRunEvent("rerequested", PEOPLE.jdoe, HEAD_SHA));

    expect(pendingRequired()).toEqual([]);
    expect(check.conclusion).toBe("failure");
  });

  it("a click and a comment approving at the same moment both count: runs on one pull request take turns", async () => {
    const gh = github();
    let body = costgateComment(8001).body;
    const checks: any[] = [];
    for (let run = 0; run < 2; run++) {
      gh.config(GATE.replace("teams: [finops]", "teams: [finops]\n      count: 2"));
      await gh.change();
      gh.checkCreated();
      gh.checkCompleted((check) => checks.push(check));
    }
    gh.pullRequest(HEAD_SHA, 4);
    // The comment as GitHub holds it: each run reads what the one before it wrote.
    gh.scope.get("/repos/acme/infra/issues/42/comments").query(true).times(4).reply(200, () => [{ ...costgateComment(8001), body }]);
    gh.scope.patch("/repos/acme/infra/issues/comments/8001").times(2).reply(200, (_uri, sent: any) => ((body = sent.body), { id: 8001, node_id: "IC_8001", html_url: "c", body }));
    gh.teamMembership("finops", PEOPLE.bob.login, "active");
    gh.teamMembership("finops", PEOPLE.carol.login, "active");
    gh.reaction(2871502210);

    await Promise.all([probot.receive(commentEvent("/costgate approve", PEOPLE.bob)), probot.receive(checkRunEvent("requested_action", PEOPLE.carol))]);

    expect(pendingRequired()).toEqual([]);
    expect(parseApprovalLog(body, { signingKey: SIGNING_KEY }).records.map((r) => r.approver).sort()).toEqual(["bob-finops", "carol-finops"]);
    expect(checks.map((c) => c.conclusion)).toEqual(["failure", "success"]);
  });

  it("another app's check run of another name is none of Costgate's business", async () => {
    const event = checkRunEvent("rerequested");
    event.payload.check_run.name = "terraform-plan";
    const attempted: string[] = [];
    const record = (req: { method: string; path: string }) => attempted.push(`${req.method} ${req.path}`);
    nock.emitter.on("no match", record);
    await probot.receive(event);
    nock.emitter.removeListener("no match", record);
    expect(attempted).toEqual([]);
  });
});
