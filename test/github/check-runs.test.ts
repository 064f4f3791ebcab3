import nock from "nock";
import type { CheckAnnotation } from "../../src/github/check-run-limits.js";
import { completeCheckRun, createCheckRun, findCheckRunsForRef, getCheckRun } from "../../src/github/check-runs.js";
import { API, expectAllMocksDone, infraRepo, readFixture, testOctokit } from "./github-test-kit.js";

const octokit = testOctokit();
const repoParams = { octokit, owner: "acme", repo: "infra" };
const head = infraRepo().head.sha;
const RUN = 27730119845;
const completed = readFixture("check-run-completed.json");

const annotation = (i: number): CheckAnnotation => ({
  path: "projects/app/main.tf",
  start_line: 5 + i,
  end_line: 5 + i,
  annotation_level: "warning",
  title: `aws_instance.web[${i}]`,
  message: "instance_type is unknown (var.instance_type has no value); priced as not estimated",
});

afterEach(expectAllMocksDone);

describe("createCheckRun", () => {
  it("starts a Costgate check in progress on the head commit", async () => {
    nock(API)
      .post("/repos/acme/infra/check-runs", {
        head_sha: head,
        name: "Costgate",
        status: "in_progress",
        started_at: "2026-05-04T10:08:58Z",
        details_url: "https://costgate.acme.example",
      })
      .reply(201, readFixture("check-run-created.json"));
    const run = await createCheckRun({ ...repoParams, head_sha: head, started_at: "2026-05-04T10:08:58Z", details_url: "https://costgate.acme.example" });
    expect(run).toMatchObject({ id: RUN, status: "in_progress", conclusion: null, app: { id: 912044, slug: "costgate" } });
  });
});

describe("completeCheckRun", () => {
  const output = { title: "+$122.64/month", summary: "| Project | Change |\n|---|---|\n| projects/app | +$122.64 |" };

  it("completes with conclusion, output and buttons in one request", async () => {
    const actions = [{ label: "Approve spend", description: "Approve +$122.64/month for this commit", identifier: "approve" }];
    nock(API)
      .patch(`/repos/acme/infra/check-runs/${RUN}`, {
        status: "completed",
        conclusion: "failure",
        completed_at: "2026-05-04T10:09:14Z",
        output,
        actions,
      })
      .reply(200, completed);
    const result = await completeCheckRun({ ...repoParams, check_run_id: RUN, conclusion: "failure", output, actions, completed_at: "2026-05-04T10:09:14Z" });
    expect(result).toEqual({ requests: 1 });
  });

  it("sends 120 annotations as 50 with the completing update, then 50 and 20", async () => {
    const annotations = Array.from({ length: 120 }, (_, i) => annotation(i));
    const batches: CheckAnnotation[][] = [];
    const patch = () =>
      nock(API)
        .patch(`/repos/acme/infra/check-runs/${RUN}`, (b) => {
          batches.push(b.output.annotations);
          return b.output.title === output.title && b.output.summary === output.summary;
        })
        .reply(200, completed);
    patch();
    patch();
    patch();
    const result = await completeCheckRun({ ...repoParams, check_run_id: RUN, conclusion: "neutral", output: { ...output, annotations } });
    expect(result).toEqual({ requests: 3 });
    expect(batches.map((b) => b.length)).toEqual([50, 50, 20]);
    expect(batches.flat().map((a) => a.start_line)).toEqual(annotations.map((a) => a.start_line));
  });

  it("only the first update carries the conclusion", async () => {
    const bodies: Record<string, unknown>[] = [];
    nock(API)
      .patch(`/repos/acme/infra/check-runs/${RUN}`, (b) => (bodies.push(b), true))
      .times(2)
      .reply(200, completed);
    const annotations = Array.from({ length: 51 }, (_, i) => annotation(i));
    await completeCheckRun({ ...repoParams, check_run_id: RUN, conclusion: "success", output: { ...output, annotations } });
    expect(bodies.map((b) => [b.status, b.conclusion])).toEqual([
      ["completed", "success"],
      [undefined, undefined],
    ]);
  });

  it("trims a summary and text over 65,535 characters, saying so", async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `| aws_instance.web[${i}] | t3.medium | $30.37 |`).join("\n");
    let sent: { summary: string; text: string } | undefined;
    nock(API)
      .patch(`/repos/acme/infra/check-runs/${RUN}`, (b) => ((sent = b.output), true))
      .reply(200, completed);
    await completeCheckRun({ ...repoParams, check_run_id: RUN, conclusion: "neutral", output: { title: "Costgate", summary: rows, text: rows } });
    expect(rows.length).toBeGreaterThan(65_535);
    for (const field of [sent!.summary, sent!.text]) {
      expect(field.length).toBeLessThanOrEqual(65_535);
      expect(field.startsWith("| aws_instance.web[0] |")).toBe(true);
      expect(field).toMatch(/Trimmed to GitHub's 65,535-character limit: the last [\d,]+ characters of the (summary|text) are not shown\.$/);
    }
  });

  it("rejects buttons GitHub would refuse, naming each problem, before any request", async () => {
    const actions = [
      { label: "Approve this spend now", description: "Approve", identifier: "approve" },
      { label: "Re-run", description: "Estimate the cost again from the head commit of this PR", identifier: "rerun" },
      { label: "Dismiss", description: "Dismiss", identifier: "dismiss-the-cost-warning" },
      { label: "More", description: "More", identifier: "more" },
    ];
    await expect(completeCheckRun({ ...repoParams, check_run_id: RUN, conclusion: "failure", output, actions })).rejects.toThrow(
      "[costgate] invalid check run actions: at most 3 buttons are allowed, got 4; " +
        'action 1 label "Approve this spend now" is 22 characters (max 20); ' +
        'action 2 description "Estimate the cost again from the head commit of this PR" is 55 characters (max 40); ' +
        'action 3 identifier "dismiss-the-cost-warning" is 24 characters (max 20)',
    );
  });

  it("cuts an annotation's title to 255 characters and its message to 64 KB", async () => {
    let sent: CheckAnnotation | undefined;
    nock(API)
      .patch(`/repos/acme/infra/check-runs/${RUN}`, (b) => ((sent = b.output.annotations[0]), true))
      .reply(200, completed);
    const long = { ...annotation(0), title: "t".repeat(300), message: "€".repeat(30_000) };
    await completeCheckRun({ ...repoParams, check_run_id: RUN, conclusion: "neutral", output: { ...output, annotations: [long] } });
    expect(sent!.title).toHaveLength(255);
    expect(Buffer.byteLength(sent!.message)).toBeLessThanOrEqual(65_536);
    expect(sent!.message).toMatch(/^€+$/);
  });
});

describe("findCheckRunsForRef and getCheckRun", () => {
  it("lists Costgate runs on a commit, with the app that owns each", async () => {
    nock(API)
      .get(`/repos/acme/infra/commits/${head}/check-runs`)
      .query({ check_name: "Costgate", per_page: "100" })
      .reply(200, readFixture("check-runs-for-ref.json"));
    const runs = await findCheckRunsForRef({ ...repoParams, ref: head });
    expect(runs.map((r) => [r.id, r.app?.slug, r.conclusion])).toEqual([
      [RUN, "costgate", "failure"],
      [27730120777, "github-actions", "success"],
    ]);
  });

  it("asks GitHub for one app's runs only", async () => {
    const only = readFixture("check-runs-for-ref.json");
    only.check_runs = only.check_runs.slice(0, 1);
    only.total_count = 1;
    nock(API)
      .get(`/repos/acme/infra/commits/${head}/check-runs`)
      .query({ check_name: "Costgate", per_page: "100", app_id: "912044", filter: "all" })
      .reply(200, only);
    expect((await findCheckRunsForRef({ ...repoParams, ref: head, app_id: 912044, filter: "all" })).map((r) => r.id)).toEqual([RUN]);
  });

  it("reads a run's output", async () => {
    nock(API).get(`/repos/acme/infra/check-runs/${RUN}`).reply(200, completed);
    const run = await getCheckRun({ ...repoParams, check_run_id: RUN });
    expect(run.output).toEqual({
      title: "+$122.64/month (+8.2%): over the $100 block threshold",
      summary: expect.stringContaining("| projects/app | $1,497.12 | $1,619.76 | +$122.64 |"),
      text: expect.stringContaining("<!-- costgate:audit"),
      annotations_count: 1,
    });
  });
});
