import path from "node:path";
import type { FunctionContext } from "./function-types.js";

/**
 * Where a path given to a filesystem function points in the source tree, or undefined when it
 * points outside it (absolute, home-relative, or climbing above the root), which Costgate never
 * reads. A relative path is relative to the calling module's directory; a path that already
 * starts with the module or root directory (what `path.module`/`path.root` evaluate to, per
 * FunctionContext) is taken as relative to the source root.
 */
export function resolveSourcePath(ctx: Pick<FunctionContext, "moduleDir" | "rootDir">, given: string): string | undefined {
  if (given.startsWith("/") || given.startsWith("~") || /^[A-Za-z]:[\\/]/.test(given) || given.startsWith("\\")) return undefined;
  const clean = path.posix.normalize(given);
  const anchors = [ctx.moduleDir, ctx.rootDir].map((d) => path.posix.normalize(d || ".")).filter((d) => d !== ".");
  const fromRoot = anchors.some((dir) => clean === dir || clean.startsWith(`${dir}/`));
  const resolved = path.posix.normalize(fromRoot ? clean : path.posix.join(ctx.moduleDir || ".", clean)).replace(/\/$/, "");
  if (resolved === ".." || resolved.startsWith("../")) return undefined;
  return resolved === "." ? "" : resolved;
}

/** Go's filepath.Clean for "/"-separated paths. */
export function cleanPath(p: string): string {
  if (p === "") return ".";
  const clean = path.posix.normalize(p);
  return clean.length > 1 ? clean.replace(/\/$/, "") : clean;
}

/** Go's filepath.Dir. */
export function dirname(p: string): string {
  const i = p.lastIndexOf("/");
  return cleanPath(p.slice(0, i + 1));
}

/** Go's filepath.Base. */
export function basename(p: string): string {
  if (p === "") return ".";
  const trimmed = p.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}
