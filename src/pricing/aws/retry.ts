export interface RetryPolicy {
  /** Total attempts, the first included. */
  attempts: number;
  baseMs: number;
  maxMs: number;
  sleep: (ms: number) => Promise<void>;
  /** [0, 1); injectable so tests are deterministic. */
  random: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  baseMs: 250,
  maxMs: 8000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/**
 * Runs `fn` until it succeeds, the error is not retryable, or attempts run out. Waits are
 * exponential with full jitter (a random share of base x 2^n, capped), so many workers
 * throttled at once do not retry in lockstep.
 */
export async function withRetry<T>(fn: () => Promise<T>, retryable: (err: unknown) => boolean, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= policy.attempts || !retryable(err)) throw err;
      const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
      await policy.sleep(Math.floor(policy.random() * cap));
    }
  }
}
