import type { Probot } from "probot";
import type { PriceLookup } from "../estimate/estimate-project.js";
import { createBlobCache, getBotLogin, type BlobCache, type GitHubClient } from "../github/index.js";
import { createModuleFetcher } from "../modules/index.js";
import { createPricing } from "../pricing/create-pricing.js";
import type { ModuleFetcher } from "../terraform/module-source.js";
import { createDeliveryLog, type DeliveryLog } from "./delivery-log.js";
import { createSerialQueue, type SerialQueue } from "./serial-queue.js";
import { signingKeyFromEnv } from "./signing-key.js";

/** What the App keeps for the life of the process: caches are shared by every pull request. */
export interface AppServices {
  prices: PriceLookup;
  /** Git blobs by SHA: a file unchanged between base and head, or between pushes, is fetched once. */
  blobs: BlobCache;
  /** The App's own login (`costgate[bot]`): only its comments are Costgate's. */
  botLogin(): Promise<string>;
  /** Remote modules through the installation's token, so private modules of the organization work. */
  modules(octokit: GitHubClient): ModuleFetcher;
  /** Signs the approval log in the comment; undefined leaves it unsigned (signing-key.ts). */
  signingKey: string | undefined;
  /** Redelivered webhooks (same delivery id) are dropped. */
  deliveries: DeliveryLog;
  /** One run at a time per pull request, so no run overwrites another's approval. */
  pullRequests: SerialQueue;
  /** The time approvals by button are recorded at (tests pin it). */
  now(): Date;
}

export async function createAppServices(app: Probot, overrides: Partial<AppServices> = {}): Promise<AppServices> {
  let login: Promise<string> | undefined;
  const signingKey = "signingKey" in overrides ? overrides.signingKey : signingKeyFromEnv();
  if (!signingKey) app.log.warn("costgate: no COSTGATE_SIGNING_KEY or WEBHOOK_SECRET, so the approval log in comments is not signed");
  return {
    prices: overrides.prices ?? (await createPricing()),
    blobs: overrides.blobs ?? createBlobCache(),
    botLogin:
      overrides.botLogin ??
      (() => {
        login ??= app.auth().then((appOctokit) => getBotLogin(appOctokit as unknown as GitHubClient));
        // A failed lookup is retried on the next event rather than cached.
        login.catch(() => (login = undefined));
        return login;
      }),
    modules: overrides.modules ?? ((octokit) => createModuleFetcher({ github: { octokit } })),
    signingKey,
    deliveries: overrides.deliveries ?? createDeliveryLog(),
    pullRequests: overrides.pullRequests ?? createSerialQueue(),
    now: overrides.now ?? (() => new Date()),
  };
}
