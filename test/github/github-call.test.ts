import nock from "nock";
import { callGitHub, GitHubApiError, setRateLimitRetryPolicy, type RateLimitRetryPolicy } from "../../src/github/github-call.js";
import { getPullRequest } from "../../src/github/pull-request.js";
import { API, expectAllMocksDone, probotInstallationOctokit, readFixture, testOctokit } from "./github-test-kit.js";

const octokit = testOctokit();
const pr = { owner: "acme", repo: "infra", pull_number: 42 };
const secondaryLimit = {
  message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
  documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
  status: "403",
};
const rateHeaders = { "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "4211", "x-ratelimit-reset": "1777889400", "x-ratelimit-resource": "core" };

let waits: number[];
let previous: RateLimitRetryPolicy;
beforeEach(() => {
  waits = [];
  previous = setRateLimitRetryPolicy({ sleep: async (ms) => waits.push(ms) });
});
afterEach(() => {
  setRateLimitRetryPolicy(previous);
  expectAllMocksDone();
});

describe("callGitHub errors", () => {
  it("names method and path, with GitHub's reason", async () => {
    nock(API)
      .get("/repos/acme/infra/pulls/42")
      .reply(422, { message: "Validation Failed", errors: [{ resource: "PullRequest", code: "custom", message: "head sha is not part of the pull request" }], status: "422" });
    const error = await getPullRequest(octokit, pr).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({
      operation: "GET /repos/acme/infra/pulls/42",
      status: 422,
      message: "GitHub API GET /repos/acme/infra/pulls/42: 422 Unprocessable Entity: Validation Failed head sha is not part of the pull request",
    });
  });

  it("says when no response came back at all", async () => {
    nock(API).get("/repos/acme/infra/pulls/42").replyWithError("socket hang up");
    await expect(getPullRequest(octokit, pr)).rejects.toThrow(/^GitHub API GET \/repos\/acme\/infra\/pulls\/42: no response: .*socket hang up/);
  });

  it("passes on errors that are not GitHub requests unchanged", async () => {
    const own = new Error("not a request");
    await expect(callGitHub(async () => Promise.reject(own))).rejects.toBe(own);
  });
});

describe("callGitHub secondary rate limits", () => {
  it("waits for Retry-After and tries again (403)", async () => {
    nock(API).get("/repos/acme/infra/pulls/42").reply(403, secondaryLimit, { ...rateHeaders, "retry-after": "30" });
    nock(API).get("/repos/acme/infra/pulls/42").reply(200, readFixture("pull-request.json"));
    expect((await getPullRequest(octokit, pr)).number).toBe(42);
    expect(waits).toEqual([30_000]);
  });

  it("waits for Retry-After and tries again (429)", async () => {
    nock(API).get("/repos/acme/infra/pulls/42").reply(429, { ...secondaryLimit, status: "429" }, { ...rateHeaders, "retry-after": "5" });
    nock(API).get("/repos/acme/infra/pulls/42").reply(200, readFixture("pull-request.json"));
    expect((await getPullRequest(octokit, pr)).number).toBe(42);
    expect(waits).toEqual([5_000]);
  });

  it("waits a minute when GitHub gives no Retry-After, and gives up after two retries", async () => {
    nock(API).get("/repos/acme/infra/pulls/42").times(3).reply(403, secondaryLimit, rateHeaders);
    await expect(getPullRequest(octokit, pr)).rejects.toThrow(
      "GitHub API GET /repos/acme/infra/pulls/42: 403 Forbidden: You have exceeded a secondary rate limit. Please wait a few minutes before you try again.: secondary rate limit, GitHub asked to retry after 60 s",
    );
    expect(waits).toEqual([60_000, 60_000]);
  });

  it("does not wait longer than the policy allows", async () => {
    nock(API).get("/repos/acme/infra/pulls/42").reply(403, secondaryLimit, { ...rateHeaders, "retry-after": "900" });
    await expect(getPullRequest(octokit, pr)).rejects.toThrow("GitHub asked to retry after 900 s");
    expect(waits).toEqual([]);
  });

  it("leaves the primary rate limit (quota exhausted) alone", async () => {
    nock(API)
      .get("/repos/acme/infra/pulls/42")
      .reply(403, { message: "API rate limit exceeded for installation ID 2.", status: "403" }, { ...rateHeaders, "x-ratelimit-remaining": "0" });
    await expect(getPullRequest(octokit, pr)).rejects.toThrow("403 Forbidden: API rate limit exceeded for installation ID 2.");
    expect(waits).toEqual([]);
  });

  it("is needed with Probot's own installation octokit, which does not retry a 403 secondary limit", async () => {
    const installation = await probotInstallationOctokit();
    nock(API).get("/repos/acme/infra/pulls/42").reply(403, secondaryLimit, { ...rateHeaders, "retry-after": "2" });
    nock(API).get("/repos/acme/infra/pulls/42").reply(200, readFixture("pull-request.json"));
    expect((await getPullRequest(installation, pr)).number).toBe(42);
    // Our wait ran: Probot's throttling plugin had passed the 403 through untouched.
    expect(waits).toEqual([2_000]);
  });
});
