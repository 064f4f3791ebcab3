import { describeNetworkError, fail } from "./errors.js";
import { forbidden, noAccess, refNotFound } from "./github-errors.js";

/** The part of an octokit (Probot's `context.octokit`) this module uses. */
export interface OctokitLike {
  request(route: string, parameters?: Record<string, unknown>): Promise<{ data: unknown; status: number; headers: Record<string, unknown> }>;
}

export interface TreeEntry {
  path: string;
  /** Git blob SHA: the content address of the file. */
  sha: string;
  size: number;
  /** A symlink: the blob holds the target path. */
  symlink?: boolean;
}

const SHA = /^[0-9a-f]{40}$/;

/** The commit SHA a ref (or the default branch) points at. */
export async function resolveCommit(octokit: OctokitLike, owner: string, repo: string, ref: string | undefined): Promise<string> {
  const response = await call(owner, repo, ref, () =>
    octokit.request("GET /repos/{owner}/{repo}/commits/{ref}", {
      owner,
      repo,
      ref: ref ?? "HEAD",
      headers: { accept: "application/vnd.github.sha" },
    }),
  );
  const data = response.data;
  const text = (typeof data === "string" ? data : Buffer.from(data as ArrayBuffer).toString("utf8")).trim();
  if (!SHA.test(text)) fail("bad-response", `GitHub sent "${text.slice(0, 60)}" as the commit of ${owner}/${repo}@${ref ?? "HEAD"}`);
  return text;
}

/** Every blob in the commit's tree; `truncated` when GitHub cut the listing short (huge repositories). */
export async function listTree(octokit: OctokitLike, owner: string, repo: string, commit: string): Promise<{ entries: TreeEntry[]; truncated: boolean }> {
  const response = await call(owner, repo, commit, () =>
    octokit.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { owner, repo, tree_sha: commit, recursive: "1" }),
  );
  const data = response.data as { tree?: { path?: string; mode?: string; type?: string; sha?: string; size?: number }[]; truncated?: boolean };
  const entries = (data.tree ?? [])
    .filter((e) => e.type === "blob" && typeof e.path === "string" && typeof e.sha === "string")
    .map((e): TreeEntry => (e.mode === "120000" ? { path: e.path!, sha: e.sha!, size: 0, symlink: true } : { path: e.path!, sha: e.sha!, size: e.size ?? 0 }));
  return { entries, truncated: data.truncated === true };
}

export async function readBlob(octokit: OctokitLike, owner: string, repo: string, sha: string): Promise<Buffer> {
  const response = await call(owner, repo, undefined, () =>
    octokit.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { owner, repo, file_sha: sha }),
  );
  const data = response.data as { content?: string; encoding?: string };
  if (typeof data.content !== "string") fail("bad-response", `GitHub sent no content for blob ${sha} of ${owner}/${repo}`);
  return Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8");
}

/** The gzipped tarball of a commit, through the API (octokit follows the redirect to codeload). */
export async function downloadTarball(octokit: OctokitLike, owner: string, repo: string, commit: string): Promise<Buffer> {
  const response = await call(owner, repo, commit, () =>
    octokit.request("GET /repos/{owner}/{repo}/tarball/{ref}", { owner, repo, ref: commit }),
  );
  return Buffer.from(response.data as ArrayBuffer);
}

/** Turns octokit's RequestError into a failure that says what the user can do. */
async function call<T>(owner: string, repo: string, ref: string | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const e = err as { status?: number; response?: { headers?: Record<string, unknown> } };
    const slug = `${owner}/${repo}`;
    if (typeof e.status !== "number") fail("unreachable", `api.github.com unreachable: ${describeNetworkError(err)}`, err);
    if (e.status === 404) noAccess("app", slug, ref !== undefined && SHA.test(ref) ? ref : undefined);
    if (e.status === 422 && ref !== undefined) refNotFound(slug, ref);
    if (e.status === 409) fail("not-found", `repository ${slug} is empty`, err);
    if (e.status === 401) fail("no-access", "GitHub rejected the installation token", err);
    if (e.status === 403 || e.status === 429) forbidden("app", slug, e.status === 429 || e.response?.headers?.["x-ratelimit-remaining"] === "0");
    fail("bad-response", `GitHub answered ${e.status} for ${slug}`, err);
  }
}
