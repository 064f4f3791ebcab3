/** Where a GitHub repository's code is, from a module source or a registry's download location (no `//subdir`). */
export interface GitHubLocation {
  owner: string;
  repo: string;
  ref?: string;
  /** Path after the repository in the `github.com/o/r/sub/dir` shorthand, which go-getter treats as a subdir. */
  subdir: string;
  /** An archive URL: its `//subdir` may start with the archive's top-level directory. */
  archive: boolean;
}

/**
 * `location` for GitHub; `unsupported` names the kind of source Costgate does not fetch; `invalid` says what is
 * wrong with a GitHub address; undefined when the address is not in a remote form at all.
 */
export type GitHubLocationResult = { location: GitHubLocation } | { unsupported: string } | { invalid: string } | undefined;

const FORCED_GETTER = /^([A-Za-z0-9]+)::(.*)$/s;
const SCP_LIKE = /^[\w.-]+@([\w.-]+):([^/].*)$/;
const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const ARCHIVE_EXTENSION = /\.(tar\.gz|tgz|zip)$/;

const GETTER_KINDS: Record<string, string> = {
  s3: "S3 buckets",
  gcs: "Google Cloud Storage",
  hg: "Mercurial repositories",
  http: "HTTP downloads",
  https: "HTTP downloads",
  file: "local files",
};

/** Recognizes every way Terraform (go-getter) can name a GitHub repository. */
export function parseGitHubLocation(address: string): GitHubLocationResult {
  const forced = FORCED_GETTER.exec(address);
  if (forced) {
    const getter = forced[1]!.toLowerCase();
    if (getter !== "git") return { unsupported: GETTER_KINDS[getter] ?? `"${getter}::" sources` };
    return parseGitUrl(forced[2]!);
  }
  if (SCP_LIKE.test(address)) return parseGitUrl(address);
  if (URL_SCHEME.test(address)) return parseArchiveUrl(address);
  if (/^github\.com\//i.test(address)) return parseShorthand(address);
  return undefined;
}

/** `https://github.com/o/r.git?ref=x`, `ssh://git@github.com/o/r.git`, `git@github.com:o/r.git`. */
function parseGitUrl(raw: string): GitHubLocationResult {
  const scp = SCP_LIKE.exec(raw);
  let host: string;
  let pathname: string;
  let query: URLSearchParams;
  if (scp) {
    host = scp[1]!;
    const [p, q = ""] = scp[2]!.split("?", 2);
    pathname = p!;
    query = new URLSearchParams(q);
  } else {
    const url = safeUrl(raw);
    if (!url) return { invalid: "the git URL cannot be parsed" };
    host = url.hostname;
    pathname = url.pathname;
    query = url.searchParams;
  }
  if (!isGitHubHost(host)) return { unsupported: `git repositories outside github.com (${host.toLowerCase()})` };
  const [owner, repo, ...rest] = pathname.replace(/^\/+|\/+$/g, "").split("/");
  if (rest.length > 0) return { invalid: `a git URL names a repository, github.com/OWNER/REPO, not ${host}${pathname}` };
  return repository(owner, repo, query.get("ref") ?? undefined, "", false);
}

/** go-getter's GitHub detector: `github.com/o/r[.git][/sub/dir][?ref=x]`. */
function parseShorthand(address: string): GitHubLocationResult {
  const [pathPart, q = ""] = address.split("?", 2);
  const [, owner, repo, ...rest] = pathPart!.split("/");
  const ref = new URLSearchParams(q).get("ref") ?? undefined;
  return repository(owner, repo, ref, rest.filter(Boolean).join("/"), false);
}

/** GitHub's archive URLs (as module registries hand out), anything else over HTTP is not fetched. */
function parseArchiveUrl(raw: string): GitHubLocationResult {
  const url = safeUrl(raw);
  if (!url) return { invalid: "the URL cannot be parsed" };
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split("/").filter(Boolean).map(safeDecode);
  if (isGitHubHost(host) && parts[2] === "archive" && ARCHIVE_EXTENSION.test(url.pathname)) {
    const ref = parts.slice(3).join("/").replace(ARCHIVE_EXTENSION, "").replace(/^refs\/(tags|heads)\//, "");
    return repository(parts[0], parts[1], ref, "", true);
  }
  if (host === "codeload.github.com" && /^(tar\.gz|legacy\.tar\.gz|zip|legacy\.zip)$/.test(parts[2] ?? "")) {
    return repository(parts[0], parts[1], parts.slice(3).join("/") || undefined, "", true);
  }
  if (host === "api.github.com" && parts[0] === "repos" && /^(tarball|zipball)$/.test(parts[3] ?? "")) {
    return repository(parts[1], parts[2], parts.slice(4).join("/") || undefined, "", true);
  }
  if (isGitHubHost(host)) {
    return { invalid: "Terraform downloads https://github.com/... URLs over plain HTTP; write git::https://github.com/OWNER/REPO.git" };
  }
  return { unsupported: `HTTP archives (${host})` };
}

function repository(owner: string | undefined, repo: string | undefined, ref: string | undefined, subdir: string, archive: boolean): GitHubLocationResult {
  const name = repo?.replace(/\.git$/, "");
  if (!owner || !name || !OWNER.test(owner) || !REPO.test(name) || name === "." || name === "..") {
    return { invalid: `"${owner ?? ""}/${repo ?? ""}" is not a GitHub OWNER/REPO` };
  }
  return { location: { owner, repo: name, ref: ref === "" ? undefined : ref, subdir, archive } };
}

function isGitHubHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === "github.com" || h === "www.github.com";
}

function safeUrl(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
