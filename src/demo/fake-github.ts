import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { blobResponse, treeResponse, type GitFile } from "./git-snapshot.js";

export interface FakeRepository {
  owner: string;
  repo: string;
  /** Commit SHA -> the files at that commit. */
  commits: Record<string, GitFile[]>;
  pull: { number: number; base: string; head: string; author: string; title: string };
}

export interface RecordedState {
  comments: { id: number; body: string; user: { login: string; type: string } }[];
  checkRuns: { id: number; head_sha: string; status: string; conclusion?: string; output?: { title: string; summary: string; text?: string } }[];
  requests: string[];
}

type Handler = (match: RegExpExecArray, body: any, url: URL) => [number, unknown];

/**
 * A stand-in for the GitHub REST API on 127.0.0.1, serving one repository and one pull
 * request from local files, and recording the comments and check runs the App writes. The
 * demo runs the real App (Probot, octokit, HTTP) against it with no network and no account.
 */
export async function startFakeGitHub(repository: FakeRepository): Promise<{ url: string; state: RecordedState; close(): Promise<void> }> {
  const state: RecordedState = { comments: [], checkRuns: [], requests: [] };
  const { owner, repo, pull } = repository;
  const prefix = `/repos/${owner}/${repo}`;
  const changed = changedFiles(repository.commits[pull.base]!, repository.commits[pull.head]!);
  const pullRequest = {
    number: pull.number, state: "open", draft: false, merged: false, title: pull.title, changed_files: changed.length,
    user: { login: pull.author, id: 4411023, type: "User" },
    head: { sha: pull.head, ref: "feature", repo: { full_name: `${owner}/${repo}` } },
    base: { sha: pull.base, ref: "main", repo: { full_name: `${owner}/${repo}` } },
  };
  const routes: [string, RegExp, Handler][] = [
    ["POST", /^\/app\/installations\/\d+\/access_tokens$/, () => [201, { token: "ghs_demo", expires_at: "2099-01-01T00:00:00Z" }]],
    ["GET", /^\/app$/, () => [200, { id: 912044, slug: "costgate", name: "Costgate" }]],
    ["GET", route(`${prefix}/pulls/${pull.number}`), () => [200, pullRequest]],
    ["GET", route(`${prefix}/pulls/${pull.number}/files`), (_m, _b, url) => [200, url.searchParams.get("page") && url.searchParams.get("page") !== "1" ? [] : changed]],
    ["GET", route(`${prefix}/compare/`, "(.+)\\.\\.\\.(.+)"), () => [200, { merge_base_commit: { sha: pull.base }, files: [] }]],
    ["GET", route(`${prefix}/git/trees/`, "([0-9a-f]{40})"), (m) => (repository.commits[m[1]!] ? [200, treeResponse(`f${m[1]!.slice(1)}`, repository.commits[m[1]!]!)] : [404, { message: "Not Found" }])],
    ["GET", route(`${prefix}/git/blobs/`, "([0-9a-f]{40})"), (m) => blob(repository, m[1]!)],
    ["POST", /^\/graphql$/, (_m, body) => [200, graphql(repository, body.query)]],
    ["GET", route(`${prefix}/issues/${pull.number}/comments`), () => [200, state.comments.map(commentJson)]],
    ["POST", route(`${prefix}/issues/${pull.number}/comments`), (_m, body) => {
      const comment = { id: 9000 + state.comments.length + 1, body: body.body, user: { login: "costgate[bot]", type: "Bot" } };
      state.comments.push(comment);
      return [201, commentJson(comment)];
    }],
    ["PATCH", route(`${prefix}/issues/comments/`, "(\\d+)"), (m, body) => {
      const comment = state.comments.find((c) => c.id === Number(m[1]));
      if (!comment) return [404, { message: "Not Found" }];
      comment.body = body.body;
      return [200, commentJson(comment)];
    }],
    ["POST", route(`${prefix}/check-runs`), (_m, body) => {
      const run = { id: 7000 + state.checkRuns.length + 1, head_sha: body.head_sha, status: body.status ?? "queued" };
      state.checkRuns.push(run);
      return [201, checkRunJson(run)];
    }],
    ["PATCH", route(`${prefix}/check-runs/`, "(\\d+)"), (m, body) => {
      const run = state.checkRuns.find((r) => r.id === Number(m[1]));
      if (!run) return [404, { message: "Not Found" }];
      Object.assign(run, { status: body.status ?? run.status, conclusion: body.conclusion ?? run.conclusion, output: body.output ?? run.output });
      return [200, checkRunJson(run)];
    }],
  ];

  const server = createServer((req, res) => void serve(req, res, routes, state));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, state, close: () => close(server) };
}

async function serve(req: IncomingMessage, res: ServerResponse, routes: [string, RegExp, Handler][], state: RecordedState) {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
  state.requests.push(`${req.method} ${url.pathname}`);
  let answer: [number, unknown] = [404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" }];
  for (const [method, pattern, handler] of routes) {
    const match = method === req.method ? pattern.exec(url.pathname) : null;
    if (match) {
      answer = handler(match, body, url);
      break;
    }
  }
  res.writeHead(answer[0], { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(answer[1]));
}

function route(path: string, tail = ""): RegExp {
  return new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${tail}$`);
}

function blob(repository: FakeRepository, sha: string): [number, unknown] {
  const file = Object.values(repository.commits).flat().find((f) => f.sha === sha);
  return file ? [200, blobResponse(file)] : [404, { message: "Not Found" }];
}

/** The one GraphQL query the App sends: blob texts by SHA, aliased `bN: object(oid: "...")`. */
function graphql(repository: FakeRepository, query: string): unknown {
  const files = Object.values(repository.commits).flat();
  const blobs: Record<string, unknown> = {};
  for (const [, alias, sha] of query.matchAll(/(b\d+): object\(oid: "([0-9a-f]{40})"\)/g)) {
    const file = files.find((f) => f.sha === sha);
    blobs[alias!] = file ? { text: file.content.toString("utf8"), isBinary: false, isTruncated: false } : null;
  }
  return { data: { repository: blobs } };
}

function changedFiles(base: GitFile[], head: GitFile[]) {
  const before = new Map(base.map((f) => [f.path, f.sha]));
  const after = new Map(head.map((f) => [f.path, f.sha]));
  const paths = [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p)).sort();
  return paths.map((filename) => ({
    filename,
    status: !before.has(filename) ? "added" : !after.has(filename) ? "removed" : "modified",
    sha: after.get(filename) ?? null,
    additions: 1,
    deletions: 1,
    changes: 2,
  }));
}

function commentJson(c: RecordedState["comments"][number]) {
  return { ...c, node_id: `IC_${c.id}`, html_url: `https://github.com/acme/infra/pull/42#issuecomment-${c.id}` };
}

function checkRunJson(r: RecordedState["checkRuns"][number]) {
  return {
    ...r, name: "Costgate", conclusion: r.conclusion ?? null, started_at: "2026-11-29T00:00:00Z", completed_at: null,
    output: { title: r.output?.title ?? null, summary: r.output?.summary ?? null, text: r.output?.text ?? null, annotations_count: 0 },
  };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
}
