import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { LocalTree } from "../source/local-tree.js";

export interface GitFile {
  path: string;
  /** The blob SHA git gives this content. */
  sha: string;
  content: Buffer;
}

/** A directory as git would store it: every file with its blob SHA (for the demo's stand-in GitHub and tests). */
export async function snapshotDirectory(dir: string): Promise<GitFile[]> {
  const paths = await new LocalTree(dir).list();
  return Promise.all(
    paths.map(async (path) => {
      const content = await readFile(`${dir}/${path}`);
      return { path, sha: gitBlobSha(content), content };
    }),
  );
}

export function gitBlobSha(content: Buffer): string {
  return createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}

/** GitHub's `GET /repos/{o}/{r}/git/trees/{sha}?recursive=1` answer for a snapshot. */
export function treeResponse(treeSha: string, files: GitFile[]) {
  const dirs = [...new Set(files.flatMap((f) => f.path.split("/").slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join("/"))))].sort();
  return {
    sha: treeSha,
    url: `https://api.github.com/repos/acme/infra/git/trees/${treeSha}`,
    tree: [
      ...dirs.map((path) => ({ path, mode: "040000", type: "tree", sha: createHash("sha1").update(`${treeSha}:${path}`).digest("hex") })),
      ...files.map((f) => ({ path: f.path, mode: "100644", type: "blob", sha: f.sha, size: f.content.length })),
    ].sort((a, b) => a.path.localeCompare(b.path)),
    truncated: false,
  };
}

/** GitHub's `GET /repos/{o}/{r}/git/blobs/{sha}` answer: base64 in 60-character lines, as GitHub sends it. */
export function blobResponse(file: GitFile) {
  const content = file.content.toString("base64").replace(/.{60}/g, "$&\n");
  return { sha: file.sha, node_id: `B_${file.sha.slice(0, 16)}`, size: file.content.length, content, encoding: "base64" };
}
