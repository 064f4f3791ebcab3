import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { fail } from "./errors.js";
import { forbidden, noAccess, type GitHubAccess } from "./github-errors.js";
import { unpackTarball } from "./gunzip-archive.js";
import { httpGet, type FetchLike } from "./http.js";
import type { FileLimits } from "./module-files.js";
import type { ModuleArchive } from "./read-module-archive.js";

const TIMEOUT_MS = 120_000;

/**
 * Downloads a repository tarball over plain HTTPS (the CLI's way). Without a token, a named ref
 * goes to codeload.github.com, which has no API rate limit; with a token, or for the default
 * branch, the REST tarball endpoint redirects to a signed codeload URL.
 */
export async function downloadGitHubArchive(params: {
  fetch: FetchLike;
  token?: string;
  owner: string;
  repo: string;
  ref?: string;
  limits: FileLimits;
}): Promise<ModuleArchive> {
  const { owner, repo, ref, token } = params;
  const slug = `${owner}/${repo}`;
  const access: GitHubAccess = token ? "token" : "anonymous";
  const refPath = ref === undefined ? "" : ref.split("/").map(encodeURIComponent).join("/");
  const useApi = token !== undefined || ref === undefined;
  const url = useApi
    ? `https://api.github.com/repos/${owner}/${repo}/tarball${refPath ? `/${refPath}` : ""}`
    : `https://codeload.github.com/${owner}/${repo}/tar.gz/${refPath}`;
  const headers: Record<string, string> = useApi ? { accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28" } : {};
  if (token) headers.authorization = `Bearer ${token}`;

  const response = await httpGet(params.fetch, url, { headers, timeoutMs: TIMEOUT_MS });
  if (response.status === 404) noAccess(access, slug, ref);
  if (response.status === 401) fail("no-access", `GitHub rejected the token (check GITHUB_TOKEN)`);
  if (response.status === 403 || response.status === 429) {
    forbidden(access, slug, response.headers.get("x-ratelimit-remaining") === "0" || response.status === 429);
  }
  if (!response.ok || !response.body) fail("bad-response", `GitHub answered ${response.status} for the archive of ${slug}`);
  const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  return unpackTarball(body, `${slug}@${ref ?? "HEAD"}`, params.limits);
}
