import path from "node:path";
import { isModuleFile, isText, type FileLimits } from "./module-files.js";
import { readTar } from "./tar-reader.js";

export interface ModuleArchive {
  /** Repository-relative path -> text, for the files a module can need. */
  files: Map<string, string>;
  /** The commit `git archive` recorded, when present. */
  commit?: string;
}

export class UnsafeArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnsafeArchiveError";
  }
}

/**
 * Unpacks a repository tarball (already gunzipped) into memory: strips the archive's top-level
 * directory, keeps only module files within the limits, and rejects entries that would land
 * outside the archive. Nothing is written to disk.
 */
export async function readModuleArchive(tar: AsyncIterable<Uint8Array>, limits: FileLimits): Promise<ModuleArchive> {
  const files = new Map<string, string>();
  const links = new Map<string, string>();
  let kept = 0;
  const summary = await readTar(tar, {
    maxBytes: limits.maxArchiveBytes,
    wants(entry) {
      const file = repositoryPath(entry.name);
      if (file !== "" && entry.type === "symlink" && isModuleFile(file, 0, limits)) links.set(file, entry.linkTarget ?? "");
      return file !== "" && entry.type === "file" && isModuleFile(file, entry.size, limits);
    },
    onFile(entry, data) {
      if (!isText(data)) return;
      kept += data.length;
      if (kept > limits.maxTotalBytes) {
        throw new UnsafeArchiveError(`module files add up to more than ${limits.maxTotalBytes} bytes`);
      }
      files.set(repositoryPath(entry.name), data.toString("utf8"));
    },
  });
  for (const [link, target] of links) {
    const text = files.get(resolveLink(link, target));
    if (text !== undefined) files.set(link, text);
  }
  const commit = summary.comment && /^[0-9a-f]{40}$/.test(summary.comment) ? summary.comment : undefined;
  return { files, commit };
}

/** `owner-repo-sha/modules/vpc/main.tf` -> `modules/vpc/main.tf`; throws on absolute or `..` paths. */
function repositoryPath(name: string): string {
  const segments = name.split("/");
  if (name.startsWith("/") || segments.includes("..")) {
    throw new UnsafeArchiveError(`archive entry "${name}" points outside the archive`);
  }
  return segments.filter((s) => s !== "" && s !== ".").slice(1).join("/");
}

/**
 * Where a symlink points, relative to the repository root ("" if it leaves it). Links to links
 * and directories are not followed: module repositories link single files, e.g. a shared
 * versions.tf.
 */
export function resolveLink(link: string, target: string): string {
  if (target.startsWith("/")) return "";
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(link), target));
  return resolved.startsWith("../") || resolved === ".." ? "" : resolved;
}
