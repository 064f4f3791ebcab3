/**
 * Price List `unit` strings are not normalised: EBS io2 storage is "GB-month" while gp3 is
 * "GB-Mo", Aurora says "ACU-Hr" where other rows say "ACU-Hrs". A Price keeps the unit as
 * published; cost models compare units through `normalizeUnit` / `sameUnit`.
 */
export const UNITS = {
  HOURS: "Hrs",
  GB_MONTH: "GB-Mo",
  GB: "GB",
  IOPS_MONTH: "IOPS-Mo",
  GIBPS_MONTH: "GiBps-Mo",
  MIBPS_MONTH: "MiBps-Mo",
  /** RDS gp3 throughput is published per MB/s-month ("MBPS-Mo"). */
  MBPS_MONTH: "MBps-Mo",
  LCU_HOURS: "LCU-Hrs",
  ACU_HOURS: "ACU-Hrs",
  VCPU_HOURS: "vCPU-Hrs",
  GB_HOURS: "GB-Hrs",
  GB_SECONDS: "GB-Seconds",
  REQUESTS: "Requests",
  IOS: "IOs",
  KEYS: "Keys",
  SECRETS: "Secrets",
  COUNT: "Count",
} as const;

export type CanonicalUnit = (typeof UNITS)[keyof typeof UNITS];

/** Published spellings (lower-cased) -> one canonical spelling. */
const ALIASES: ReadonlyMap<string, CanonicalUnit> = new Map(
  (
    [
      [UNITS.HOURS, ["hrs", "hr", "hours", "hour"]],
      [UNITS.GB_MONTH, ["gb-mo", "gb-month", "gb-months", "gb-mth"]],
      [UNITS.GB, ["gb"]],
      [UNITS.IOPS_MONTH, ["iops-mo", "iops-month", "iops-months"]],
      [UNITS.GIBPS_MONTH, ["gibps-mo", "gibps-month"]],
      [UNITS.MIBPS_MONTH, ["mibps-mo", "mibps-month"]],
      [UNITS.MBPS_MONTH, ["mbps-mo", "mbps-month"]],
      [UNITS.LCU_HOURS, ["lcu-hrs", "lcu-hr", "lcu-hours", "lcu-hour"]],
      [UNITS.ACU_HOURS, ["acu-hr", "acu-hrs", "acu-hours", "acu-hour"]],
      [UNITS.VCPU_HOURS, ["vcpu-hours", "vcpu-hour", "vcpu-hrs", "vcpu-hr"]],
      [UNITS.GB_HOURS, ["gb-hours", "gb-hour", "gb-hrs", "gb-hr"]],
      [UNITS.GB_SECONDS, ["gb-seconds", "gb-second", "lambda-gb-second", "lambda-gb-seconds"]],
      [UNITS.REQUESTS, ["requests", "request", "api requests", "api request"]],
      [UNITS.IOS, ["ios", "io", "i/o"]],
      [UNITS.KEYS, ["keys", "key"]],
      [UNITS.SECRETS, ["secrets", "secret"]],
      [UNITS.COUNT, ["count"]],
    ] as const
  ).flatMap(([canonical, spellings]) => spellings.map((s) => [s, canonical] as const)),
);

/** The canonical spelling of a published unit; unknown units come back trimmed, unchanged. */
export function normalizeUnit(unit: string): string {
  const trimmed = unit.trim();
  return ALIASES.get(trimmed.toLowerCase()) ?? trimmed;
}

export function sameUnit(a: string, b: string): boolean {
  return normalizeUnit(a) === normalizeUnit(b);
}

const HOURLY = new Set<string>([UNITS.HOURS, UNITS.LCU_HOURS, UNITS.ACU_HOURS, UNITS.VCPU_HOURS, UNITS.GB_HOURS]);
const MONTHLY = new Set<string>([UNITS.GB_MONTH, UNITS.IOPS_MONTH, UNITS.GIBPS_MONTH, UNITS.MIBPS_MONTH, UNITS.MBPS_MONTH]);

/**
 * Whether a unit is a rate per hour or per month, so a model can turn Terraform's
 * always-on quantities into the right count. Unknown units (per request, per GB) are "none".
 */
export function unitPeriod(unit: string): "hour" | "month" | "none" {
  const u = normalizeUnit(unit);
  if (HOURLY.has(u) || /-hrs?$/i.test(u)) return "hour";
  if (MONTHLY.has(u) || /-mo(nth)?$/i.test(u)) return "month";
  return "none";
}
