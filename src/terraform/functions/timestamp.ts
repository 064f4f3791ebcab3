import { FunctionError } from "./function-types.js";

/** An RFC 3339 timestamp: the instant plus the offset it was written in (Terraform keeps it). */
export interface Timestamp {
  /** Milliseconds since the epoch, whole seconds (fractions are dropped by Terraform's output). */
  epochMs: number;
  /** Offset east of UTC in minutes; `utc` marks the "Z" form. */
  offsetMinutes: number;
  utc: boolean;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

export function parseTimestamp(text: string, argIndex: number): Timestamp {
  const m = RFC3339.exec(text);
  if (!m) {
    const why = /^\d{4}-\d{2}-\d{2}$/.test(text) ? "missing required time introducer 'T'" : `cannot parse ${JSON.stringify(text)}`;
    throw new FunctionError(`not a valid RFC3339 timestamp: ${why}`, argIndex);
  }
  const [, y, mo, d, h, mi, s, , zone] = m;
  const fields = [Number(mo), Number(d), Number(h), Number(mi), Number(s)];
  const days = new Date(Date.UTC(Number(y), fields[0]!, 0)).getUTCDate();
  if (fields[0]! < 1 || fields[0]! > 12 || fields[1]! < 1 || fields[1]! > days || fields[2]! > 23 || fields[3]! > 59 || fields[4]! > 59) {
    throw new FunctionError(`not a valid RFC3339 timestamp: field out of range in ${JSON.stringify(text)}`, argIndex);
  }
  const utc = zone!.toUpperCase() === "Z";
  const offsetMinutes = utc ? 0 : (zone![0] === "-" ? -1 : 1) * (Number(zone!.slice(1, 3)) * 60 + Number(zone!.slice(4, 6)));
  const local = Date.UTC(Number(y), fields[0]! - 1, fields[1]!, fields[2]!, fields[3]!, fields[4]!);
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
