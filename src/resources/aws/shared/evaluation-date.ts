/**
 * The day prices that depend on the calendar (EKS extended support) are judged on:
 * COSTGATE_EVALUATION_DATE (YYYY-MM-DD) when set, so runs and tests can be pinned, else
 * today in UTC (AWS bills support windows by UTC day).
 */
export function evaluationDate(env: NodeJS.ProcessEnv = process.env): string {
  const pinned = env.COSTGATE_EVALUATION_DATE;
  if (pinned === undefined || pinned === "") return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || Number.isNaN(Date.parse(pinned))) {
    throw new Error(`[costgate] COSTGATE_EVALUATION_DATE must be a date like 2026-07-20, got "${pinned}"`);
  }
  return pinned;
}
