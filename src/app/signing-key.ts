import { createHmac } from "node:crypto";

/**
 * The key that signs the approval log in Costgate's comment. Anyone with write access can edit
 * the App's comment; the signature is what makes a forged or replayed record detectable.
 * `COSTGATE_SIGNING_KEY` wins; otherwise a key derived from the webhook secret (never the
 * secret itself, so a leaked signature says nothing about it). Without either, the log is
 * unsigned and the App logs a warning at start-up.
 */
export function signingKeyFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.COSTGATE_SIGNING_KEY) return env.COSTGATE_SIGNING_KEY;
  if (env.WEBHOOK_SECRET) return createHmac("sha256", env.WEBHOOK_SECRET).update("costgate approval log v1").digest("base64url");
  return undefined;
}
