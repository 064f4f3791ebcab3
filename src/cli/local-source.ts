import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { LocalTree } from "../source/local-tree.js";
import { UsageError } from "./cli-io.js";

export interface LocalSource {
  tree: LocalTree;
  /** The directory the user named, relative to the tree root ("" when it is the root). */
  prefix: string;
}

/**
 * Reads a directory the user named through a tree rooted at the enclosing git repository
 * (or the working directory when it contains it), so `../../modules/x` calls resolve as
 * Terraform resolves them, while results stay relative to the directory named.
 */
export function openLocalDirectory(dir: string, cwd: string, option: string): LocalSource {
  const full = path.resolve(cwd, dir);
  if (!existsSync(full) || !statSync(full).isDirectory()) throw new UsageError(`${option} ${dir}: no such directory`);
  const root = gitRoot(full) ?? (isInside(full, cwd) ? path.resolve(cwd) : full);
  const prefix = path.relative(root, full).split(path.sep).join("/");
  return { tree: new LocalTree(root), prefix };
}

/** A file the user named, as a path inside the tree. */
export function pathInTree(source: LocalSource, file: string, cwd: string, option: string): string {
  const full = path.resolve(cwd, file);
  if (!existsSync(full)) throw new UsageError(`${option} ${file}: no such file`);
  const relative = path.relative(source.tree.root, full);
  if (relative.startsWith("..") || path.isAbsolute(relative)) throw new UsageError(`${option} ${file}: must be inside ${source.tree.root}`);
  return relative.split(path.sep).join("/");
}

function gitRoot(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, ".git"))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(path.resolve(parent), child);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
