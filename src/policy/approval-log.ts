import { createHmac, timingSafeEqual } from "node:crypto";
import * as z from "zod";
import { mdText } from "../report/markdown.js";
import { dec } from "../shared/decimal.js";
import type { ApprovalLogEntry } from "./approval-record.js";
import { formatMonthly } from "./usd.js";

/**
 * The approval log lives in Costgate's own comment: a human-readable audit table plus the
 * records themselves in a hidden block, `<!-- costgate:approvals v1 <base64url JSON>[ <mac>] -->`.
 * Only the app's own comment is ever parsed (the app checks the author), so a user's comment
 * cannot forge an approval. Repository collaborators with write access can still edit the
 * app's comment, which is why the block can carry an HMAC: with `signingKey` set, a block whose
 * MAC does not match is rejected like any other unreadable block: as no approvals, reported.
 */
const VERSION = "v1";
const BLOCK = /<!--\s*costgate:approvals\s+(\S+)\s+([A-Za-z0-9_-]*)(?:\s+([A-Za-z0-9_-]+))?\s*-->/g;

export interface ApprovalLogOptions {
  /** A secret only the app knows (e.g. derived from its webhook secret). */
  signingKey?: string;
}

export interface ParsedApprovalLog {
  records: ApprovalLogEntry[];
  /** Why an approval block present in the comment was ignored; null when it was read (or absent). */
  problem: string | null;
}

export function formatApprovalLog(records: readonly ApprovalLogEntry[], opts: ApprovalLogOptions = {}): string {
  if (records.length === 0) return "";
  // Through the schema: keys in one canonical order, so format(parse(text)) gives text back.
  const payload = Buffer.from(JSON.stringify(logSchema.parse(records)), "utf8").toString("base64url");
  const mac = opts.signingKey ? ` ${sign(payload, opts.signingKey)}` : "";
  const rows = records.map((r) => {
    const action = r.kind === "revocation" ? "revoked" : r.via === "comment" ? "approved by comment" : "approved by button";
    const amount = r.kind === "approval" ? formatMonthly(dec(r.approvedIncrease), { sign: true }) : "";
    const thresholds = r.kind === "approval" ? mdText(r.thresholds.join(", ")) : "";
    const reason = r.kind === "approval" && r.reason ? mdText(r.reason) : "";
    return `| ${r.at.slice(0, 16).replace("T", " ")} | ${mdText(r.approver)} | ${action} | \`${r.headSha.slice(0, 7)}\` | ${amount} | ${thresholds} | ${reason} |`;
  });
  return [
    "#### Cost approvals",
    "",
    "| When (UTC) | Who | Action | Commit | Increase | Thresholds | Reason |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    `<!-- costgate:approvals ${VERSION} ${payload}${mac} -->`,
  ].join("\n");
}

export function parseApprovalLog(commentBody: string, opts: ApprovalLogOptions = {}): ParsedApprovalLog {
  const blocks = [...commentBody.matchAll(BLOCK)];
  if (blocks.length === 0) return { records: [], problem: null };
  if (blocks.length > 1) return unreadable("it holds more than one approval block");
  const [, version, payload, mac] = blocks[0]!;
  if (version !== VERSION) return unreadable(`unsupported version ${version}`);
  if (opts.signingKey && (!mac || !macMatches(sign(payload!, opts.signingKey), mac))) return unreadable("its signature does not match");
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8"));
  } catch {
    return unreadable("it is not valid JSON");
  }
  const parsed = logSchema.safeParse(json);
  return parsed.success ? { records: parsed.data, problem: null } : unreadable("its records are malformed");
}

function unreadable(why: string): ParsedApprovalLog {
  return { records: [], problem: `The approval log in Costgate's comment could not be read (${why}); earlier approvals are not counted and must be given again.` };
}

function sign(payload: string, key: string): string {
  return createHmac("sha256", key).update(`${VERSION}.${payload}`).digest("base64url");
}

function macMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);
const who = {
  approver: z.string().min(1),
  approverId: z.int().positive(),
  at: z.iso.datetime(),
  headSha: z.string().regex(/^[0-9a-f]{7,64}$/),
};
const commentId = z.int().positive().optional();
const logSchema = z.array(
  z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("approval"),
      ...who,
      approvedIncrease: decimal,
      scopes: z.array(z.strictObject({ scope: z.string(), increase: decimal })),
      thresholds: z.array(z.string()),
      reason: z.string(),
      via: z.enum(["comment", "check-button"]),
      commentId,
    }),
    z.strictObject({ kind: z.literal("revocation"), ...who, commentId }),
  ]),
);
