import nock from "nock";
import { getCollaboratorPermission, isTeamMember } from "../../src/github/authorization.js";
import { API, expectAllMocksDone, readFixture, testOctokit } from "./github-test-kit.js";

const octokit = testOctokit();
const membership = readFixture("team-membership.json");
const team = { org: "acme", team_slug: "platform-budget", username: "akim" };
const membershipPath = "/orgs/acme/teams/platform-budget/memberships/akim";
const notFound = { message: "Not Found", documentation_url: "https://docs.github.com/rest/teams/members#get-team-membership-for-a-user", status: "404" };

afterEach(expectAllMocksDone);

describe("isTeamMember", () => {
  it("is true for an active member or maintainer", async () => {
    nock(API).get(membershipPath).reply(200, membership);
    nock(API).get(membershipPath).reply(200, { ...membership, role: "maintainer" });
    expect(await isTeamMember(octokit, team)).toBe(true);
    expect(await isTeamMember(octokit, team)).toBe(true);
  });

  it("is false while the invitation is pending", async () => {
    nock(API).get(membershipPath).reply(200, { ...membership, state: "pending" });
    expect(await isTeamMember(octokit, team)).toBe(false);
  });

  it("is false when GitHub answers 404 (not a member)", async () => {
    nock(API).get(membershipPath).reply(404, notFound);
    expect(await isTeamMember(octokit, team)).toBe(false);
  });

  it("fails loudly when the app may not read memberships, instead of denying silently", async () => {
    nock(API).get(membershipPath).reply(403, { message: "Resource not accessible by integration", status: "403" });
    await expect(isTeamMember(octokit, team)).rejects.toThrow(
      `GitHub API GET ${membershipPath}: 403 Forbidden: Resource not accessible by integration`,
    );
  });
});

describe("getCollaboratorPermission", () => {
  const who = { owner: "acme", repo: "infra", username: "akim" };
  const path = "/repos/acme/infra/collaborators/akim/permission";

  it("returns the permission level and the precise role", async () => {
    nock(API).get(path).reply(200, readFixture("collaborator-permission.json"));
    expect(await getCollaboratorPermission(octokit, who)).toEqual({ permission: "write", role_name: "maintain" });
  });

  it("is none for a user GitHub does not know as a collaborator", async () => {
    nock(API).get(path).reply(404, { ...notFound, documentation_url: "https://docs.github.com/rest/collaborators/collaborators" });
    expect(await getCollaboratorPermission(octokit, who)).toEqual({ permission: "none", role_name: "none" });
  });
});
