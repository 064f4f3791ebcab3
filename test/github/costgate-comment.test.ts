import nock from "nock";
import { costgateMarker, findCostgateComment, getBotLogin, readCostgateMarker } from "../../src/github/costgate-comment.js";
import { API, expectAllMocksDone, infraRepo, readFixture, testOctokit } from "./github-test-kit.js";

const octokit = testOctokit();
const comments = readFixture<{ id: number; body: string; user: { login: string } }[]>("issue-comments.json");
const where = { octokit, owner: "acme", repo: "infra", issue_number: 42, botLogin: "costgate[bot]" };
const listComments = () => nock(API).get("/repos/acme/infra/issues/42/comments").query({ per_page: "100" });

afterEach(expectAllMocksDone);

describe("costgate comment marker", () => {
  it("round-trips the data it carries", () => {
    expect(costgateMarker()).toBe("<!-- costgate:comment -->");
    expect(readCostgateMarker(`${costgateMarker("head=abc123 v=1")}\n## Costgate`)).toBe("head=abc123 v=1");
    expect(readCostgateMarker("<!-- costgate:comment -->\nbody")).toBe("");
    expect(readCostgateMarker("## Costgate (no marker)")).toBeUndefined();
    expect(readCostgateMarker("<!-- costgate:commentary -->")).toBeUndefined();
  });

  it("refuses data that would end the HTML comment early", () => {
    expect(() => costgateMarker("x --> y")).toThrow('must not contain "--" or ">"');
  });
});

describe("findCostgateComment", () => {
  it("finds the newest comment by the app's bot, never one that copies the marker", async () => {
    listComments().reply(200, comments);
    const found = await findCostgateComment(where);
    expect(found).toMatchObject({ id: 2871503954, node_id: "IC_kwDOH9aB1s62871503954", marker: `head=${infraRepo().head.sha}` });
    expect(found?.body).toContain("$122.64");
  });

  it("ignores the marker in comments by people and by other bots", async () => {
    const impostors = comments.filter((c) => c.user.login !== "costgate[bot]");
    expect(impostors.filter((c) => c.body.includes("<!-- costgate:comment -->"))).toHaveLength(2);
    listComments().reply(200, impostors);
    expect(await findCostgateComment(where)).toBeUndefined();
  });

  it("reads every page of a long conversation", async () => {
    const chatter = Array.from({ length: 100 }, (_, i) => ({ ...comments[0], id: 2871400000 + i }));
    const next = `<${API}/repositories/602118870/issues/42/comments?per_page=100&page=2>`;
    listComments().reply(200, chatter, { link: `${next}; rel="next", ${next}; rel="last"` });
    nock(API).get("/repositories/602118870/issues/42/comments").query({ per_page: "100", page: "2" }).reply(200, comments.slice(1, 2));
    expect((await findCostgateComment(where))?.id).toBe(2871501377);
  });
});

describe("getBotLogin", () => {
  it("derives the bot user from the app's slug", async () => {
    nock(API).get("/app").reply(200, readFixture("app.json"));
    expect(await getBotLogin(octokit)).toBe("costgate[bot]");
  });
});
