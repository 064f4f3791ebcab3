const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** How long each kind of answer stays fresh. Anything addressed by content never expires. */
export const TTL = {
  discovery: DAY,
  registryVersions: DAY,
  immutable: Number.POSITIVE_INFINITY,
  movingRef: 5 * MINUTE,
} as const;

/**
 * Commit SHAs and version tags (`v5.21.0`, `1.2.0-rc.1`) are treated as immutable; branches and
 * the default branch move, so their commit is looked up again after a few minutes.
 */
export function refTtl(ref: string | undefined): number {
  if (ref === undefined) return TTL.movingRef;
  if (/^[0-9a-f]{7,40}$/.test(ref)) return TTL.immutable;
  if (/^v?\d+\.\d+(\.\d+)?([-+][0-9A-Za-z.-]+)?$/.test(ref)) return TTL.immutable;
  return TTL.movingRef;
}
