import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Probot, ProbotOctokit } from "probot";
import type { AppServices } from "../app/app-services.js";
import { createCostgateApp } from "../index.js";
import { createPricing } from "../pricing/create-pricing.js";
import type { FakeGitHub } from "./fake-github.js";

/**
 * The real Costgate App (Probot, octokit over HTTP) pointed at the stand-in GitHub, offline:
 * a throwaway app key, the bundled price snapshot, retries off so a failure shows at once.
 */
export async function loadOfflineCostgate(github: FakeGitHub, services: Partial<AppServices> = {}): Promise<Probot> {
  const probot = new Probot({
    appId: 912044,
    privateKey: generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    baseUrl: github.url,
    logLevel: "warn",
    Octokit: ProbotOctokit.defaults((o: object) => ({ ...o, retry: { enabled: false }, throttle: { enabled: false } })),
  });
  await probot.load(createCostgateApp({ prices: await createPricing({ mode: "snapshot", cacheDir: false }), ...services }));
  return probot;
}

/** A recorded webhook payload from fixtures/github/webhooks. */
export function webhookPayload(name: string) {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/github/webhooks/${name}.json`, import.meta.url)), "utf8"));
}

/** `pull_request.opened` for pull request #42 between two commits of the stand-in repository. */
export function pullRequestOpened(baseSha: string, headSha: string) {
  const payload = webhookPayload("pull_request.opened");
  payload.pull_request = { ...payload.pull_request, base: { ...payload.pull_request.base, sha: baseSha }, head: { ...payload.pull_request.head, sha: headSha } };
  return payload;
}
