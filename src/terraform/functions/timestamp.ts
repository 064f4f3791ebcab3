import { FunctionError } from "./function-types.js";

/** An RFC 3339 timestamp: the instant plus the offset it was written in (Terraform keeps it). */
export interface Timestamp {
  /** Milliseconds since the epoch, whole seconds (fractions are dropped by Terraform's output). */
  epochMs: number;
  /** Offset east of UTC in minutes; `utc` marks the "Z" form. */
  offsetMinutes: number;
  utc: boolean;
}

/** RFC 3339 fields in order: [name, digits, max] or a literal separator. */
const LAYOUT: (string | [string, number, number])[] = [
  ["year", 4, 9999], "-", ["month", 2, 12], "-", ["day", 2, 31], "T", ["hour", 2, 23], ":", ["minute", 2, 59], ":", ["second", 2, 59],
];

/** Parses field by field so errors read like Terraform's ("cannot use "x" as month"). */
export function parseTimestamp(text: string, argIndex: number): Timestamp {
  const fail = (why: string) => new FunctionError(`not a valid RFC3339 timestamp: ${why}`, argIndex);
  const values: number[] = [];
  let rest = text;
  let expecting = "year";
  for (const part of LAYOUT) {
    if (typeof part === "string") {
      if (rest[0]?.toUpperCase() !== part) {
        throw fail(part === "T" ? "missing required time introducer 'T'" : `cannot use ${JSON.stringify(rest)} as ${expecting}`);
      }
      rest = rest.slice(1);
      continue;
    }
    const [name, digits, max] = part;
    expecting = name;
    const field = rest.slice(0, digits);
    if (!new RegExp(`^\\d{${digits}}$`).test(field)) throw fail(`cannot use ${JSON.stringify(rest)} as ${name}`);
    rest = rest.slice(digits);
    if (Number(field) > max || (Number(field) === 0 && (name === "month" || name === "day"))) {
      throw fail(`cannot use ${JSON.stringify(rest)} as ${name}`);
    }
    values.push(Number(field));
  }
  const [year, month, day, hour, minute, second] = values as [number, number, number, number, number, number];
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) throw fail("day out of range");
  const zone = /^(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(rest);
  if (!zone) throw fail(`cannot use ${JSON.stringify(rest)} as UTC offset`);
  const utc = zone[1]!.toUpperCase() === "Z";
  const offsetMinutes = utc ? 0 : (zone[1]![0] === "-" ? -1 : 1) * (Number(zone[1]!.slice(1, 3)) * 60 + Number(zone[1]!.slice(4, 6)));
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  return { epochMs: local - offsetMinutes * 60_000, offsetMinutes, utc };
}

/** The wall-clock fields of a timestamp in its own offset, as a UTC Date to read with getUTC*. */
export function wallClock(t: Timestamp): Date {
  return new Date(t.epochMs + t.offsetMinutes * 60_000);
}

export function offsetText(t: Timestamp, colon: boolean): string {
  const abs = Math.abs(t.offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${t.offsetMinutes < 0 ? "-" : "+"}${hh}${colon ? ":" : ""}${mm}`;
}

/** Go's time.RFC3339 layout: whole seconds, "Z" for UTC. */
export function formatRfc3339(t: Timestamp): string {
  const wall = wallClock(t).toISOString().slice(0, 19);
  return `${wall}${t.utc ? "Z" : offsetText(t, true)}`;
}

const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, "µs": 1e-3, "μs": 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go's time.ParseDuration, in milliseconds. */
export function parseDuration(text: string, argIndex: number): number {
  const m = /^([-+]?)(.*)$/.exec(text)!;
  let rest = m[2]!;
  if (rest === "0") return 0;
  if (rest === "") throw new FunctionError(`time: invalid duration ${JSON.stringify(text)}`, argIndex);
  let total = 0;
  while (rest !== "") {
    const part = /^(\d+\.?\d*|\.\d+)([^\d.]*)/.exec(rest);
    if (!part) throw new FunctionError(`time: invalid duration ${JSON.stringify(text)}`, argIndex);
    const unit = UNITS[part[2]!];
    if (part[2] === "") throw new FunctionError(`time: missing unit in duration ${JSON.stringify(text)}`, argIndex);
    if (unit === undefined) throw new FunctionError(`time: unknown unit ${JSON.stringify(part[2])} in duration ${JSON.stringify(text)}`, argIndex);
    total += Number(part[1]) * unit;
    rest = rest.slice(part[0].length);
  }
  return m[1] === "-" ? -total : total;
}
