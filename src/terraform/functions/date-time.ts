import { toStringArg } from "./args.js";
import { FunctionError, type FunctionDef } from "./function-types.js";
import { formatRfc3339, offsetText, parseDuration, parseTimestamp, wallClock, type Timestamp } from "./timestamp.js";
import { unknownResult } from "./unknown-result.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const two = (n: number) => String(n).padStart(2, "0");

/** Each formatdate verb: the runs of one letter Terraform accepts, and what they print. */
const VERBS: Record<string, { name: string; forms: Record<number, (d: Date, t: Timestamp) => string> }> = {
  Y: { name: "year", forms: { 2: (d) => two(d.getUTCFullYear() % 100), 4: (d) => String(d.getUTCFullYear()).padStart(4, "0") } },
  M: {
    name: "month",
    forms: { 1: (d) => String(d.getUTCMonth() + 1), 2: (d) => two(d.getUTCMonth() + 1), 3: (d) => MONTHS[d.getUTCMonth()]!.slice(0, 3), 4: (d) => MONTHS[d.getUTCMonth()]! },
  },
  D: { name: "day of month", forms: { 1: (d) => String(d.getUTCDate()), 2: (d) => two(d.getUTCDate()) } },
  E: { name: "day of week", forms: { 3: (d) => DAYS[d.getUTCDay()]!.slice(0, 3), 4: (d) => DAYS[d.getUTCDay()]! } },
  h: { name: "24-hour", forms: { 1: (d) => String(d.getUTCHours()), 2: (d) => two(d.getUTCHours()) } },
  H: { name: "12-hour", forms: { 1: (d) => String(d.getUTCHours() % 12 || 12), 2: (d) => two(d.getUTCHours() % 12 || 12) } },
  A: { name: "AM/PM", forms: { 2: (d) => (d.getUTCHours() < 12 ? "AM" : "PM") } },
  a: { name: "am/pm", forms: { 2: (d) => (d.getUTCHours() < 12 ? "am" : "pm") } },
  m: { name: "minute", forms: { 1: (d) => String(d.getUTCMinutes()), 2: (d) => two(d.getUTCMinutes()) } },
  s: { name: "second", forms: { 1: (d) => String(d.getUTCSeconds()), 2: (d) => two(d.getUTCSeconds()) } },
  Z: {
    name: "timezone",
    forms: {
      1: (_, t) => (t.utc ? "Z" : offsetText(t, true)),
      3: (_, t) => (t.utc ? "UTC" : offsetText(t, false)),
      4: (_, t) => offsetText(t, false),
      5: (_, t) => offsetText(t, true),
    },
  },
};

function formatDate(spec: string, t: Timestamp): string {
  const date = wallClock(t);
  let out = "";
  for (let i = 0; i < spec.length; ) {
    const ch = spec[i]!;
    if (ch === "'") {
      const end = spec.indexOf("'", i + 1);
      if (end < 0) throw new FunctionError("unterminated literal '", 0);
      out += end === i + 1 ? "'" : spec.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let j = i;
    while (spec[j] === ch) j++;
    const run = spec.slice(i, j);
    const verb = VERBS[ch];
    if (!verb) throw new FunctionError(`invalid date format verb ${JSON.stringify(run)}`, 0);
    const form = verb.forms[run.length];
    if (!form) {
      const allowed = Object.keys(verb.forms).map((n) => JSON.stringify(ch.repeat(Number(n))));
      const list = allowed.length === 2 ? allowed.join(" or ") : `${allowed.slice(0, -1).join(", ")}, or ${allowed.at(-1)}`;
      throw new FunctionError(`invalid date format verb ${JSON.stringify(run)}: ${verb.name} must either be ${list}`, 0);
    }
    out += form(date, t);
    i = j;
  }
  return out;
}

export const dateTimeFunctions: Record<string, FunctionDef> = {
  formatdate: {
    arity: [2, 2],
    impl: ([spec, time]) => {
      const t = parseTimestamp(toStringArg(time!, 1), 1);
      return formatDate(toStringArg(spec!, 0), t);
    },
  },
  timeadd: {
    arity: [2, 2],
    impl: ([time, duration]) => {
      const t = parseTimestamp(toStringArg(time!, 0), 0);
      const ms = parseDuration(toStringArg(duration!, 1), 1);
      return formatRfc3339({ ...t, epochMs: t.epochMs + Math.trunc(ms / 1000) * 1000 });
    },
  },
  timecmp: {
    arity: [2, 2],
    impl: ([a, b]) => Math.sign(parseTimestamp(toStringArg(a!, 0), 0).epochMs - parseTimestamp(toStringArg(b!, 1), 1).epochMs),
  },
  timestamp: { arity: [0, 0], impl: () => unknownResult("timestamp", "the current time is only known when Terraform applies") },
  plantimestamp: { arity: [0, 0], impl: () => unknownResult("plantimestamp", "the time of the plan is only known when Terraform plans") },
};
