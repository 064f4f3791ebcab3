import nock from "nock";
import type { Probot } from "probot";
import { demoRevision, github, HEAD_SHA, listedComment, loadCostgate, pendingRequired, pullRequestEvent } from "./app-harness.js";

describe("the App on a pull request", () => {
  let probot: Probot;
  beforeEach(async () => {
    probot = await loadCostgate();
  });
  afterEach(() => nock.cleanAll());

  it("opened: creates the check at once, posts one comment, completes the check with the same report", async () => {
    const gh = github();
    let comment = "";
    gh.checkCreated((body) => expect(body).toMatchObject({ name: "Costgate", head_sha: HEAD_SHA, status: "in_progress", external_id: "pull-request:42" }));
    gh.pullRequest();
    gh.config(null);
    await gh.change();
    gh.comments([]);
    gh.commentCreated((body) => (comment = body));
    gh.checkCompleted((body) => {
      expect(body.conclusion).toBe("success");
      expect(body.output.title).toBe("Monthly cost will increase by $479.70 (+233%)");
      expect(body.output.summary).toBe(comment);
      expect(body.output.text).toContain("**`module.web.aws_instance.web[3]`**: $72.48/month");
      // Without a threshold nothing drives a gate: no annotations, no button.
      expect(body.output.annotations).toBeUndefined();
      expect(body.actions).toBeUndefined();
    });

    await probot.receive(pullRequestEvent("opened"));

    expect(pendingRequired()).toEqual([]);
    expect(comment.split("\n").slice(0, 2)).toEqual([
      expect.stringMatching(new RegExp(`^<!-- costgate:comment head=${HEAD_SHA} increase=479\\.704 digest=[0-9a-f]{16} -->$`)),
      "### Costgate: Monthly cost will increase by $479.70 (+233%)",
    ]);
    expect(comment).toContain("| envs/prod | $205.82 | $685.53 | +$479.70 (+233%) |");
    expect(comment).toContain(`Commit ${HEAD_SHA.slice(0, 7)}`);
  });

  it("synchronize: edits Costgate's existing comment instead of adding another", async () => {
    const gh = github();
    gh.checkCreated();
    gh.pullRequest();
    gh.config(null);
    await gh.change();
    gh.comments([
      listedComment(555, "<!-- costgate:comment --> copied by a person", { login: "jdoe", type: "User" }),
      listedComment(8001, "<!-- costgate:comment -->\n### Costgate: Monthly cost will increase by $1.00"),
    ]);
    let edited = "";
    gh.commentUpdated(8001, (body) => (edited = body));
    gh.checkCompleted((body) => expect(body.conclusion).toBe("success"));

    await probot.receive(pullRequestEvent("synchronize"));

    expect(pendingRequired()).toEqual([]);
    expect(edited).toContain("### Costgate: Monthly cost will increase by $479.70 (+233%)");
  });

  it("no Terraform change: a neutral check and no comment at all", async () => {
    const gh = github();
    gh.checkCreated();
    gh.pullRequest(HEAD_SHA, 2);
    gh.config(null);
    gh.changedFiles(["README.md", "docs/runbook.md"]);
    gh.mergeBase();
    gh.comments([], 1); // read once, for an earlier cost comment to correct; there is none
    gh.checkCompleted((body) => expect(body).toMatchObject({ conclusion: "neutral", output: { title: "No Terraform changes" } }));

    await probot.receive(pullRequestEvent("opened"));

    // No tree, blob or comment-writing mock exists: reading the repository or commenting would have failed the run.
    expect(pendingRequired()).toEqual([]);
  });

  it("a syntax error at head: the comment and the failed check name the file and line", async () => {
    const gh = github();
    let comment = "";
    gh.checkCreated();
    gh.pullRequest();
    gh.config(null);
    const broken = 'variable "name" {\n  type = string\n}\n\nresource "aws_instance" "web" {\n  instance_type = \n}\n';
    await gh.change(HEAD_SHA, await demoRevision("head", { "modules/web-tier/main.tf": broken }));
    gh.comments([]);
    gh.commentCreated((body) => (comment = body));
    gh.checkCompleted((body) => {
      expect(body.conclusion).toBe("failure");
      expect(body.output.title).toBe("Costgate could not estimate this change (1 project failed)");
    });

    await probot.receive(pullRequestEvent("opened"));

    expect(pendingRequired()).toEqual([]);
    expect(comment).toMatch(/\*\*envs\/prod\*\* could not be fully estimated: at head: modules\/web-tier\/main\.tf:6:\d+: Invalid expression/);
  });

  it("never crashes: a GitHub failure mid-run ends in a failed check saying what failed", async () => {
    const gh = github();
    gh.checkCreated();
    gh.pullRequest(HEAD_SHA, 1);
    gh.config(null);
    gh.scope.get("/repos/acme/infra/pulls/42/files").query(true).reply(502, { message: "Server Error" });
    gh.mergeBase();
    gh.checkCompleted((body) => {
      expect(body.conclusion).toBe("failure");
      expect(body.output.title).toBe("Costgate could not estimate this pull request");
      expect(body.output.summary).toContain("GitHub API GET /repos/acme/infra/pulls/42/files: 502");
    });

    await probot.receive(pullRequestEvent("opened"));
    expect(pendingRequired()).toEqual([]);
  });

  it("a slower run for an older commit completes its own check as superseded and publishes nothing", async () => {
    const newer = "d00dfeed".padEnd(40, "0");
    const gh = github();
    gh.checkCreated();
    // Fresh at the start, then moved by the time the estimate is ready.
    gh.scope.get("/repos/acme/infra/pulls/42").reply(200, { ...pullRequestEvent("opened").payload.pull_request });
    gh.pullRequest(newer, 1);
    gh.config(null);
    await gh.change();
    gh.comments([], 1);
    gh.checkCompleted((body) => expect(body).toMatchObject({ conclusion: "neutral", output: { title: "Superseded by a newer commit" } }));

    await probot.receive(pullRequestEvent("synchronize"));
    // No comment mock: writing one would have failed the test.
    expect(pendingRequired()).toEqual([]);
  });

  it("a redelivered webhook (same delivery id) does nothing the second time", async () => {
    const gh = github();
    gh.checkCreated();
    gh.pullRequest();
    gh.config(null);
    await gh.change();
    gh.comments([]);
    gh.commentCreated(() => {});
    gh.checkCompleted(() => {});
    const event = pullRequestEvent("opened");

    await probot.receive(event);
    await probot.receive(event);

    // Every mock answers once: a second check run or comment would have found no mock and failed the receive.
    expect(pendingRequired()).toEqual([]);
  });
});
