import { formatApprovalLog, parseApprovalLog } from "../../src/policy/approval-log.js";
import type { ApprovalLogEntry } from "../../src/policy/approval-record.js";

const SHA = "3f9c2e1d0b8a79685746352413f2e1d0c9b8a796";
const LOG: ApprovalLogEntry[] = [
  {
    kind: "approval",
    approver: "bob",
    approverId: 102,
    at: "2026-08-03T09:15:00Z",
    headSha: SHA,
    approvedIncrease: "812.35",
    scopes: [
      { scope: "prod", increase: "812.35" },
      { scope: "overall", increase: "900" },
    ],
    thresholds: ["large-increase"],
    reason: "Q3 | capacity `budgeted` <b>ok</b> — ünïcode",
    via: "comment",
    commentId: 2219876543,
  },
  { kind: "revocation", approver: "bob", approverId: 102, at: "2026-08-03T10:02:11.5Z", headSha: SHA, commentId: 2219876544 },
  { kind: "approval", approver: "alice", approverId: 101, at: "2026-08-04T08:00:00Z", headSha: SHA, approvedIncrease: "-3", scopes: [], thresholds: ["unknown_costs"], reason: "", via: "check-button" },
];
const KEY = "costgate-test-signing-key";

/** The comment as Costgate posts it: the cost report, then the approval log. */
const comment = (log: string) => `<!-- costgate:comment -->\n## Costgate\n\nMonthly cost will increase by $812.35\n\n${log}\n`;

/** Re-encode the hidden block's JSON, as someone editing the comment would. */
function tamper(text: string, edit: (json: string) => string): string {
  return text.replace(/(costgate:approvals v1 )(\S+)/, (_m, head: string, payload: string) => head + Buffer.from(edit(Buffer.from(payload, "base64url").toString()), "utf8").toString("base64url"));
}

describe("formatApprovalLog and parseApprovalLog", () => {
  it("round-trip exactly, records and text", () => {
    const text = formatApprovalLog(LOG);
    const parsed = parseApprovalLog(comment(text));
    expect(parsed).toEqual({ records: LOG, problem: null });
    expect(formatApprovalLog(parsed.records)).toBe(text);
  });

  it("show who, when, which commit, which amount and why in an audit table", () => {
    const table = formatApprovalLog(LOG).split("\n").slice(0, 7);
    expect(table).toEqual([
      "#### Cost approvals",
      "",
      "| When (UTC) | Who | Action | Commit | Increase | Thresholds | Reason |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      "| 2026-08-03 09:15 | bob | approved by comment | `3f9c2e1` | +$812.35/mo | large-increase | Q3 \\| capacity \\`budgeted\\` \\<b\\>ok\\</b\\> — ünïcode |",
      "| 2026-08-03 10:02 | bob | revoked | `3f9c2e1` |  |  |  |",
      "| 2026-08-04 08:00 | alice | approved by button | `3f9c2e1` | -$3/mo | unknown_costs |  |",
    ]);
  });

  it("write nothing for an empty log, and read a comment without a block as no approvals", () => {
    expect(formatApprovalLog([])).toBe("");
    expect(parseApprovalLog(comment(""))).toEqual({ records: [], problem: null });
  });

  // [case, comment body, why]
  const unreadable: [string, () => string, string][] = [
    ["a payload that is not JSON", () => comment("<!-- costgate:approvals v1 bm90IGpzb24 -->"), "it is not valid JSON"],
    ["an unknown version", () => comment(formatApprovalLog(LOG).replace("approvals v1", "approvals v2")), "unsupported version v2"],
    ["two blocks", () => comment(formatApprovalLog(LOG) + "\n" + formatApprovalLog(LOG)), "it holds more than one approval block"],
    ["an id that is a string", () => tamper(formatApprovalLog(LOG), (j) => j.replace('"approverId":102', '"approverId":"102"')), "its records are malformed"],
    ["an amount that is not a decimal", () => tamper(formatApprovalLog(LOG), (j) => j.replace('"812.35"', '"lots"')), "its records are malformed"],
    ["an added field", () => tamper(formatApprovalLog(LOG), (j) => j.replace('"kind":"revocation"', '"kind":"revocation","admin":true')), "its records are malformed"],
    ["an object instead of a list", () => tamper(formatApprovalLog(LOG), (j) => `{"records":${j}}`), "its records are malformed"],
  ];

  it.each(unreadable)("read %s as no approvals, and say so", (_case, body, why) => {
    expect(parseApprovalLog(body())).toEqual({
      records: [],
      problem: `The approval log in Costgate's comment could not be read (${why}); earlier approvals are not counted and must be given again.`,
    });
  });

  describe("with a signing key", () => {
    const signed = formatApprovalLog(LOG, { signingKey: KEY });

    it("round-trip exactly", () => {
      expect(parseApprovalLog(comment(signed), { signingKey: KEY })).toEqual({ records: LOG, problem: null });
      expect(signed).toMatch(/<!-- costgate:approvals v1 [A-Za-z0-9_-]+ [A-Za-z0-9_-]{43} -->$/);
    });

    it.each([
      ["a raised amount under the old signature", tamper(signed, (j) => j.replace('"increase":"812.35"', '"increase":"99999"'))],
      ["a block without a signature", formatApprovalLog(LOG)],
      ["a block signed with another key", formatApprovalLog(LOG, { signingKey: "someone-else" })],
    ])("reject %s", (_case, text) => {
      expect(parseApprovalLog(comment(text), { signingKey: KEY }).problem).toContain("its signature does not match");
      expect(parseApprovalLog(comment(text), { signingKey: KEY }).records).toEqual([]);
    });
  });
});
