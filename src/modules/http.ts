import { describeNetworkError, fail } from "./errors.js";

export type FetchLike = typeof globalThis.fetch;

/** GET with a timeout; a failure to connect becomes "<host> unreachable: <why>". Any status is returned. */
export async function httpGet(fetchImpl: FetchLike, url: string, init: { headers?: Record<string, string>; timeoutMs: number }): Promise<Response> {
  try {
    return await fetchImpl(url, {
      headers: { "user-agent": "costgate", ...init.headers },
      signal: AbortSignal.timeout(init.timeoutMs),
    });
  } catch (err) {
    fail("unreachable", `${new URL(url).host} unreachable: ${describeNetworkError(err)}`, err);
  }
}

/** The response body as JSON, or a failure naming the host and what it sent. */
export async function readJson(response: Response, what: string): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (err) {
    fail("bad-response", `${new URL(response.url || "http://unknown").host} sent invalid JSON for ${what}`, err);
  }
}
