import nock from "nock";
import type { Probot } from "probot";
import { BOT, demoRevision, github, HEAD_SHA, BASE_SHA, loadCostgate, pendingRequired, webhook } from "./app-harness.js";

describe("the App on a pull request", () => {
  let probot: Probot;
  beforeEach(async () => {
    probot = await loadCostgate();
  });
  afterEach(() => nock.cleanAll());

  it("opened: creates the check at once, posts one comment, completes the check with the same report", async () => {
    const gh = github();
    let comment = "";
    gh.checkCreated((body) => expect(body).toMatchObject({ name: "Costgate", head_sha: HEAD_SHA, status: "in_progress" }));
    gh.changedFiles(["envs/prod/terraform.tfvars"]);
    gh.mergeBase();
    gh.repository(BASE_SHA, await demoRevision("base"));
    gh.repository(HEAD_SHA, await demoRevision("head"));
    gh.pullRequestHead(HEAD_SHA);
    gh.existingComments([]);
    gh.commentCreated((body) => (comment = body));
    gh.checkCompleted((body) => {
      expect(body.conclusion).toBe("success");
      expect(body.output.title).toBe("Monthly cost will increase by $479.70 (+233%)");
      expect(body.output.summary).toBe(comment);
      expect(body.output.text).toContain("**`module.web.aws_instance.web[3]`**: $72.48/month");
    });

    await probot.receive(webhook("opened"));

    expect(pendingRequired()).toEqual([]);
    expect(comment.split("\n").slice(0, 2)).toEqual(["<!-- costgate:comment -->", "### Costgate: Monthly cost will increase by $479.70 (+233%)"]);
    expect(comment).toContain("| envs/prod | $205.82 | $685.53 | +$479.70 (+233%) |");
    expect(comment).toContain(`Commit ${HEAD_SHA.slice(0, 7)}`);
  });

  it("synchronize: edits Costgate's existing comment instead of adding another", async () => {
    const gh = github();
    gh.checkCreated();
    gh.changedFiles(["envs/prod/terraform.tfvars"]);
    gh.mergeBase();
    gh.repository(BASE_SHA, await demoRevision("base"));
    gh.repository(HEAD_SHA, await demoRevision("head"));
    gh.pullRequestHead(HEAD_SHA);
    gh.existingComments([
      { id: 555, node_id: "IC_user", body: "<!-- costgate:comment --> copied by a person", user: { login: "jdoe", type: "User" }, html_url: "u" },
      { id: 8001, node_id: "IC_old", body: "<!-- costgate:comment -->\n### Costgate: Monthly cost will increase by $1.00", user: { login: BOT, type: "Bot" }, html_url: "c" },
    ]);
    let edited = "";
    gh.commentUpdated(8001, (body) => (edited = body));
    gh.checkCompleted((body) => expect(body.conclusion).toBe("success"));

    await probot.receive(webhook("synchronize"));

    expect(pendingRequired()).toEqual([]);
    expect(edited).toContain("### Costgate: Monthly cost will increase by $479.70 (+233%)");
  });

  it("no Terraform change: a neutral check and no comment at all", async () => {
    const gh = github();
    gh.checkCreated();
    gh.changedFiles(["README.md", "docs/runbook.md"]);
    gh.mergeBase();
    gh.pullRequestHead(HEAD_SHA);
    gh.checkCompleted((body) => expect(body).toMatchObject({ conclusion: "neutral", output: { title: "No Terraform changes" } }));

    await probot.receive(webhook("opened"));

    // No tree, blob or comment mock exists: reading the repository or commenting would have failed the run.
    expect(pendingRequired()).toEqual([]);
  });

  it("a syntax error at head: the comment and the failed check name the file and line", async () => {
    const gh = github();
    let comment = "";
    gh.checkCreated();
    gh.changedFiles(["modules/web-tier/main.tf"]);
    gh.mergeBase();
    gh.repository(BASE_SHA, await demoRevision("base"));
    const broken = 'variable "name" {\n  type = string\n}\n\nresource "aws_instance" "web" {\n  instance_type = \n}\n';
    gh.repository(HEAD_SHA, await demoRevision("head", { "modules/web-tier/main.tf": broken }));
    gh.pullRequestHead(HEAD_SHA);
    gh.existingComments([]);
    gh.commentCreated((body) => (comment = body));
    gh.checkCompleted((body) => {
      expect(body.conclusion).toBe("failure");
      expect(body.output.title).toBe("Costgate could not estimate this change (1 project failed)");
    });

    await probot.receive(webhook("opened"));

    expect(pendingRequired()).toEqual([]);
    expect(comment).toMatch(/\*\*envs\/prod\*\* could not be fully estimated: at head: modules\/web-tier\/main\.tf:6:\d+: Invalid expression/);
  });

  it("never crashes: a GitHub failure mid-run ends in a failed check saying what failed", async () => {
    const gh = github();
    gh.checkCreated();
    gh.scope.get("/repos/acme/infra/pulls/42/files").query(true).reply(502, { message: "Server Error" });
    gh.mergeBase();
    gh.checkCompleted((body) => {
      expect(body.conclusion).toBe("failure");
      expect(body.output.title).toBe("Costgate could not estimate this pull request");
      expect(body.output.summary).toContain("GitHub API GET /repos/acme/infra/pulls/42/files: 502");
    });

    await probot.receive(webhook("opened"));
    expect(pendingRequired()).toEqual([]);
  });
});
