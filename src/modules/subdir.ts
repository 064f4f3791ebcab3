import path from "node:path";

/**
 * Splits go-getter's `//subdir` off a source, keeping any query string on the address:
 * `git::https://h/o/r.git//modules/vpc?ref=v1` -> [`git::https://h/o/r.git?ref=v1`, `modules/vpc`].
 * The `//` after a URL scheme does not count.
 */
export function splitSubdir(source: string): [address: string, subdir: string] {
  const queryAt = source.indexOf("?");
  const stop = queryAt === -1 ? source.length : queryAt;
  const schemeAt = source.slice(0, stop).indexOf("://");
  const offset = schemeAt === -1 ? 0 : schemeAt + 3;
  const at = source.slice(offset, stop).indexOf("//");
  if (at === -1) return [source, ""];
  const start = offset + at;
  return [source.slice(0, start) + source.slice(stop), source.slice(start + 2, stop)];
}

/**
 * Normalizes a subdirectory to a tree-relative path ("" for the root). Returns undefined when
 * it leaves the package (`..`), which Terraform refuses too.
 */
export function normalizeSubdir(subdir: string): string | undefined {
  if (subdir === "") return "";
  const clean = path.posix.normalize(subdir.replace(/\\/g, "/")).replace(/^\/+|\/+$/g, "");
  if (clean === "." || clean === "") return "";
  if (clean === ".." || clean.startsWith("../")) return undefined;
  return clean;
}

/** Joins subdirectories that are already normalized. */
export function joinSubdirs(...parts: string[]): string {
  return parts.filter((p) => p !== "").join("/");
}
