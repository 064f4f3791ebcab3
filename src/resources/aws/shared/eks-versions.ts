/**
 * End of standard support per Kubernetes minor version on Amazon EKS (UTC), from AWS's
 * "Amazon EKS Kubernetes release calendar" (EKS User Guide, "Understand the Kubernetes
 * version lifecycle on EKS"). Extended support billing starts on that day and lasts 12
 * months; a cluster still older is upgraded to the oldest extended version, so it keeps
 * paying. Add a row when AWS releases a version.
 */
const END_OF_STANDARD_SUPPORT: Readonly<Record<string, string>> = {
  "1.23": "2023-10-11",
  "1.24": "2024-01-31",
  "1.25": "2024-05-01",
  "1.26": "2024-06-11",
  "1.27": "2024-07-24",
  "1.28": "2024-11-26",
  "1.29": "2025-03-23",
  "1.30": "2025-07-23",
  "1.31": "2025-11-26",
  "1.32": "2026-03-23",
  "1.33": "2026-07-29",
  "1.34": "2026-12-02",
  "1.35": "2027-03-27",
};

const KNOWN = Object.keys(END_OF_STANDARD_SUPPORT).map(minorNumber);
const OLDEST = Math.min(...KNOWN);
const NEWEST = Math.max(...KNOWN);

/**
 * Whether a cluster on `version` ("1.29", "1.29.3") is in extended support on `date`
 * (YYYY-MM-DD). Versions newer than the table are in their first 14 months (standard);
 * versions older than it are past every window (extended). Undefined for a version that is
 * not a Kubernetes 1.x minor version.
 */
export function inExtendedSupport(version: string, date: string): boolean | undefined {
  const match = /^1\.(\d+)(\.\d+)?$/.exec(version.trim());
  if (!match) return undefined;
  const minor = `1.${Number(match[1])}`;
  const end = END_OF_STANDARD_SUPPORT[minor];
  if (end !== undefined) return date >= end;
  return minorNumber(minor) < OLDEST ? true : minorNumber(minor) > NEWEST ? false : undefined;
}

function minorNumber(version: string): number {
  return Number(version.split(".")[1]);
}
