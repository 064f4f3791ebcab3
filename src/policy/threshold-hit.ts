import type { Decimal } from "../shared/decimal.js";

/** The scope of a hit on the totals of every project in the change, rather than one project. */
export const OVERALL = "overall";

export type Condition = "monthly_increase_over" | "percent_increase_over" | "monthly_total_over";

/** One threshold exceeded in one scope. Plain data: it crosses into the report and the app. */
export interface ThresholdHit {
  threshold: string;
  action: "warn" | "block";
  /** A project name, or OVERALL. */
  scope: string;
  /** Monthly cost at base and head, and the increase (always positive: only increases hit). */
  past: Decimal;
  total: Decimal;
  increase: Decimal;
  /** Increase as a percentage of the base; null when the base is $0 (a new project: infinite). */
  percent: Decimal | null;
  /** The conditions that triggered, in the order the config lists them. */
  conditions: Condition[];
  /** Why, in words: "+$812/mo is over +$500/mo; +40% is over +25%". */
  reason: string;
}
