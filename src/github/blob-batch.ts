import type { GitHubClient } from "./client.js";
import { callGitHub } from "./github-call.js";

/** Blobs per GraphQL query: ~7 KB of query, well inside GitHub's node and size limits. */
export const BLOBS_PER_QUERY = 100;

interface BlobNode {
  text: string | null;
  isBinary: boolean | null;
  isTruncated: boolean;
}

/**
 * The text of many blobs in one GraphQL request (`repository.object(oid:)` per blob). Binary
 * and truncated (very large) blobs are left out: reading them falls back to the REST blob API.
 */
export async function fetchBlobTexts(octokit: GitHubClient, params: { owner: string; repo: string; shas: string[] }): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (let i = 0; i < params.shas.length; i += BLOBS_PER_QUERY) {
    const batch = params.shas.slice(i, i + BLOBS_PER_QUERY);
    const fields = batch.map((sha, j) => `b${j}: object(oid: "${sha}") { ... on Blob { text isBinary isTruncated } }`).join("\n    ");
    const query = `query ($owner: String!, $repo: String!) {\n  repository(owner: $owner, name: $repo) {\n    ${fields}\n  }\n}`;
    const data = await callGitHub(() => octokit.graphql<{ repository: Record<string, BlobNode | null> }>(query, { owner: params.owner, repo: params.repo }));
    batch.forEach((sha, j) => {
      const node = data.repository[`b${j}`];
      if (node && node.text !== null && !node.isBinary && !node.isTruncated) texts.set(sha, node.text);
    });
  }
  return texts;
}
