import nock from "nock";
import { costgateMarker } from "../../src/github/costgate-comment.js";
import { upsertComment, type CommentBehavior } from "../../src/github/upsert-comment.js";
import { API, expectAllMocksDone, readFixture, testOctokit } from "./github-test-kit.js";

const octokit = testOctokit();
const comments = readFixture<{ id: number; node_id: string; body: string; html_url: string; user: { login: string } }[]>("issue-comments.json");
const ours = comments.filter((c) => c.user.login === "costgate[bot]");
const latest = ours.at(-1)!;
const where = { octokit, owner: "acme", repo: "infra", issue_number: 42, botLogin: "costgate[bot]" };
const body = `${costgateMarker("head=0ac035c")}\n## Costgate\n\nMonthly cost will increase by **$98.10** (+6.6%).\n`;

const listComments = (list: unknown[] = comments) =>
  nock(API).get("/repos/acme/infra/issues/42/comments").query({ per_page: "100" }).reply(200, list);
const created = { ...latest, id: 2871509999, node_id: "IC_kwDOH9aB1s62871509999", html_url: "https://github.com/acme/infra/pull/42#issuecomment-2871509999", body };
const expectCreate = () =>
  nock(API)
    .post("/repos/acme/infra/issues/42/comments", (b) => b.body === body)
    .reply(201, created);

afterEach(expectAllMocksDone);

describe("upsertComment", () => {
  it("update: edits Costgate's newest comment in place", async () => {
    listComments();
    nock(API)
      .patch(`/repos/acme/infra/issues/comments/${latest.id}`, (b) => b.body === body)
      .reply(200, { ...latest, body });
    const result = await upsertComment({ ...where, body, behavior: "update" });
    expect(result).toEqual({ action: "updated", comment: { id: latest.id, node_id: latest.node_id, html_url: latest.html_url }, retired: [] });
  });

  it("update: creates the comment when the pull request has none, ignoring a user's copy of the marker", async () => {
    listComments(comments.filter((c) => c.user.login !== "costgate[bot]"));
    expectCreate();
    expect(await upsertComment({ ...where, body, behavior: "update" })).toMatchObject({ action: "created", comment: { id: 2871509999 } });
  });

  it("new: adds a comment and leaves the old ones", async () => {
    listComments();
    expectCreate();
    expect(await upsertComment({ ...where, body, behavior: "new" })).toMatchObject({ action: "created", retired: [] });
  });

  it("hide-and-new: adds a comment, then minimizes the previous one as outdated", async () => {
    listComments();
    expectCreate();
    nock(API)
      .post("/graphql", (b) => /minimizeComment\(input: \{ subjectId: \$id, classifier: OUTDATED \}\)/.test(b.query) && b.variables.id === latest.node_id)
      .reply(200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } });
    const result = await upsertComment({ ...where, body, behavior: "hide-and-new" });
    expect(result).toMatchObject({ action: "created", retired: [{ id: latest.id, how: "hidden" }] });
  });

  it("delete-and-new: adds a comment, then deletes every earlier Costgate comment (one already gone is fine)", async () => {
    listComments();
    expectCreate();
    nock(API).delete(`/repos/acme/infra/issues/comments/${ours[0].id}`).reply(404, { message: "Not Found", status: "404" });
    nock(API).delete(`/repos/acme/infra/issues/comments/${latest.id}`).reply(204);
    const result = await upsertComment({ ...where, body, behavior: "delete-and-new" });
    expect(result.retired).toEqual([
      { id: ours[0].id, how: "deleted" },
      { id: latest.id, how: "deleted" },
    ]);
  });

  it.each<CommentBehavior>(["update", "new", "hide-and-new", "delete-and-new"])(
    "%s: sends nothing when the newest Costgate comment already has this body",
    async (behavior) => {
      listComments(); // the only request: any write would fail against nock
      const result = await upsertComment({ ...where, body: latest.body, behavior });
      expect(result).toEqual({ action: "unchanged", comment: { id: latest.id, node_id: latest.node_id, html_url: latest.html_url }, retired: [] });
    },
  );

  it("rejects a body over GitHub's limit before making any request", async () => {
    const long = `${costgateMarker()}\n${"| aws_instance.web | $70.08 |\n".repeat(3000)}`;
    await expect(upsertComment({ ...where, body: long, behavior: "update" })).rejects.toThrow(/comment body is \d+ characters .* at most 65536 characters/);
  });

  it("rejects a body without the marker, which could never be found again", async () => {
    await expect(upsertComment({ ...where, body: "## Costgate", behavior: "update" })).rejects.toThrow("has no <!-- costgate:comment --> marker");
  });

  it("reports a failed write with the request that failed", async () => {
    listComments();
    nock(API)
      .patch(`/repos/acme/infra/issues/comments/${latest.id}`)
      .reply(403, { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest/issues/comments#update-an-issue-comment", status: "403" });
    await expect(upsertComment({ ...where, body, behavior: "update" })).rejects.toThrow(
      `GitHub API PATCH /repos/acme/infra/issues/comments/${latest.id}: 403 Forbidden: Resource not accessible by integration`,
    );
  });

  it("reports a GraphQL error from minimizeComment", async () => {
    listComments();
    expectCreate();
    nock(API)
      .post("/graphql")
      .reply(200, { data: { minimizeComment: null }, errors: [{ type: "FORBIDDEN", path: ["minimizeComment"], message: "Resource not accessible by integration" }] });
    await expect(upsertComment({ ...where, body, behavior: "hide-and-new" })).rejects.toThrow(
      "GitHub API POST /graphql: Resource not accessible by integration",
    );
  });
});
