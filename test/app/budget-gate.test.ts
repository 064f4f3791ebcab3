import nock from "nock";
import type { Probot } from "probot";
import { BASE_SHA, demoRevision, GATE, github, HEAD_SHA, loadCostgate, pendingRequired, pullRequestEvent } from "./app-harness.js";

const BLOCKED_TITLE = "Blocked: +$479.70/mo exceeds large-increase (+$300). Needs 1 approval from @acme/finops";

describe("the budget gate on a push", () => {
  let probot: Probot;
  beforeEach(async () => {
    probot = await loadCostgate();
  });
  afterEach(() => nock.cleanAll());

  /** One run of the demo change under a config; returns what was published. */
  async function run(config: string | null, opts: { org?: string | null; head?: Parameters<ReturnType<typeof github>["change"]>[1] } = {}) {
    const gh = github();
    const out = { comment: "", check: {} as any };
    gh.checkCreated();
    gh.pullRequest();
    gh.config(config, opts.org === undefined ? {} : { org: opts.org });
    await gh.change(HEAD_SHA, opts.head);
    gh.comments([]);
    gh.commentCreated((body) => (out.comment = body));
    gh.checkCompleted((body) => (out.check = body));
    await probot.receive(pullRequestEvent("opened"));
    expect(pendingRequired()).toEqual([]);
    return out;
  }

  it("over a block threshold: a failed check that says why and who may approve, annotations, the button", async () => {
    const { comment, check } = await run(GATE);

    expect(check.conclusion).toBe("failure");
    expect(check.output.title).toBe(BLOCKED_TITLE);
    expect(check.actions).toEqual([{ label: "Approve cost", identifier: "approve", description: "Approve this cost increase" }]);
    // The lines that drive the increase, largest first: the module's instances (+$224.38), then the database.
    expect(check.output.annotations.slice(0, 2)).toEqual([
      expect.objectContaining({ path: "modules/web-tier/main.tf", start_line: 24, annotation_level: "failure", title: "+$224.38/month" }),
      expect.objectContaining({ path: "envs/prod/main.tf", start_line: 63, annotation_level: "failure", message: "Adds $218.82 a month: aws_db_instance.app (changed, +$218.82)." }),
    ]);
    expect(comment.split("\n").slice(1, 7)).toEqual([
      "### Costgate: Monthly cost will increase by $479.70 (+233%)",
      "",
      "> [!CAUTION]",
      `> **${BLOCKED_TITLE}**`,
      ">",
      "> - **Blocked** by large-increase: +$479.70/mo is over +$300/mo. Needs 1 approval from @acme/finops.",
    ]);
    expect(comment).toContain("Approvers (@acme/finops): comment `/costgate approve <reason>` on this pull request, or use **Approve cost** on the Costgate check.");
  });

  it("warn only: the check passes and lists the warning", async () => {
    const { comment, check } = await run(GATE.replace("action: block", "action: warn").replace(/ {4}approvers:\n {6}teams: \[finops\]\n/, ""));

    expect(check.conclusion).toBe("success");
    expect(check.output.title).toBe("Warning: +$479.70/mo exceeds large-increase (+$300)");
    expect(check.output.summary).toContain("> - **Warning** large-increase: +$479.70/mo is over +$300/mo.");
    expect(check.output.annotations[0]).toMatchObject({ annotation_level: "warning" });
    expect(check.actions).toBeUndefined();
    expect(comment).toContain("> [!WARNING]");
  });

  it("within every threshold: success, titled with the cost", async () => {
    const { comment, check } = await run(GATE.replace("300", "500"));
    expect([check.conclusion, check.output.title]).toEqual(["success", "Monthly cost will increase by $479.70 (+233%)"]);
    expect(check.output.annotations).toBeUndefined();
    expect(comment).toContain("**Budget:** +$479.70/mo is within every threshold.");
  });

  it("a threshold relaxed in the pull request's own config has no effect: the base commit's config rules", async () => {
    const relaxed = GATE.replace("300", "5000");
    const head = await demoRevision("head", { ".github/costgate.yml": relaxed });
    // Only the base commit's file is mocked: reading the head's would have failed the run.
    const { check } = await run(GATE, { head });
    expect([check.conclusion, check.output.title]).toEqual(["failure", BLOCKED_TITLE]);
  });

  it("a block nobody may approve: failed, says so, and offers no button; the config warning is shown", async () => {
    const { comment, check } = await run(GATE.replace(/ {4}approvers:\n {6}teams: \[finops\]\n/, ""));
    expect(check.output.title).toBe("Blocked: +$479.70/mo exceeds large-increase (+$300). No approvers are configured");
    expect(check.actions).toBeUndefined();
    expect(comment).toContain(
      "- .github/costgate.yml:4: thresholds\\[0\\].action: large-increase blocks but lists no approvers, so a pull request over it can never be approved; add approvers or use action: warn",
    );
  });

  it("organization defaults from acme/.github apply under the repository's own settings", async () => {
    const { check } = await run("comment:\n  when: always\n", { org: GATE });
    expect(check.output.title).toBe(BLOCKED_TITLE);
  });

  it("_extends reads the named repository's file instead of the organization defaults", async () => {
    const gh = github();
    let check: any;
    gh.checkCreated();
    gh.pullRequest();
    gh.config("_extends: platform-policies\nallow_author_approval: false\n");
    gh.extendedConfig("platform-policies", GATE);
    await gh.change();
    gh.comments([]);
    gh.commentCreated(() => {});
    gh.checkCompleted((body) => (check = body));

    await probot.receive(pullRequestEvent("opened"));

    expect(pendingRequired()).toEqual([]);
    expect(check.output.title).toBe(BLOCKED_TITLE);
  });

  describe("an invalid config fails the check naming file, line and key, and nothing is estimated or posted", () => {
    async function invalid(config: string, extended?: string | null) {
      const gh = github();
      let check: any;
      gh.checkCreated();
      gh.pullRequest();
      gh.config(config, { org: false });
      if (extended !== undefined) gh.extendedConfig("platform-policies", extended);
      gh.checkCompleted((body) => (check = body));
      // The payload's base is stale; the config is read at the fresh base commit all the same.
      const event = pullRequestEvent("opened");
      event.payload.pull_request.base.sha = "0".repeat(40);
      await probot.receive(event);
      // No tree, blob or comment mock: an estimate or a comment would have failed the run.
      expect(pendingRequired()).toEqual([]);
      return check;
    }

    it("a wrong value", async () => {
      const check = await invalid(GATE.replace("300", '"300$"'));
      expect(check.conclusion).toBe("failure");
      expect(check.output.title).toBe('Invalid config: .github/costgate.yml:3: thresholds[0].monthly_increase_over: expected a number of USD per month, 0 or more, got "300$"');
      expect(check.output.summary).toContain("[costgate] Invalid config in .github/costgate.yml:\n- .github/costgate.yml:3: thresholds[0].monthly_increase_over:");
      expect(check.output.summary).toContain(`from the base branch (\`main\` at ${BASE_SHA.slice(0, 7)})`);
    });

    it("an _extends that names no file", async () => {
      const check = await invalid("_extends: platform-policies\n", null);
      expect(check.output.title).toBe(
        "Invalid config: .github/costgate.yml:1: _extends: acme/platform-policies:.github/costgate.yml was not found (or the Costgate App is not installed on acme/platform-policies)",
      );
    });

    it("an error in the extended file names that file", async () => {
      const check = await invalid("_extends: platform-policies\n", "unknown_costs: sometimes\n");
      expect(check.output.title).toBe('Invalid config: acme/platform-policies:.github/costgate.yml:1: unknown_costs: expected one of ignore, warn, block, got "sometimes"');
    });
  });
});
