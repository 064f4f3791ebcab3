import { parseCommand, type Command } from "../../src/policy/parse-command.js";

// [case, comment body, command]
const cases: [string, string, Command | null][] = [
  ["an approval with a reason", "/costgate approve budgeted in FIN-231", { command: "approve", reason: "budgeted in FIN-231" }],
  ["an approval without a reason", "/costgate approve", { command: "approve", reason: "" }],
  ["a shouted command word", "/costgate APPROVE ok", { command: "approve", reason: "ok" }],
  ["a capitalised prefix", "/Costgate Approve ok", { command: "approve", reason: "ok" }],
  ["a revocation", "/costgate revoke", { command: "revoke", reason: "" }],
  ["a revocation with a reason", "/costgate revoke approved the wrong PR", { command: "revoke", reason: "approved the wrong PR" }],
  ["a recalculation, extra words ignored", "/costgate recalculate please", { command: "recalculate" }],
  ["only the first line as the reason", "/costgate approve Q3 budget\n\nLonger explanation that is not the reason.", { command: "approve", reason: "Q3 budget" }],
  ["Windows line endings", "/costgate approve ok\r\nmore", { command: "approve", reason: "ok" }],
  ["blank lines before the command", "\n\n/costgate approve ok", { command: "approve", reason: "ok" }],
  ["extra spaces and tabs", "  /costgate \t approve \t two   spaces  ", { command: "approve", reason: "two spaces" }],
  ["an unknown command word", "/costgate aprove", { command: "unknown", word: "aprove" }],
  ["no command word", "/costgate", { command: "unknown", word: "" }],
  ["a quoted command", "> /costgate approve\n\nI agree with the above", null],
  ["a command in a code block", "```\n/costgate approve\n```", null],
  ["a command in an indented code block", "    /costgate approve", null],
  ["a command in inline code", "`/costgate approve`", null],
  ["a command later in the comment", "Looks expensive.\n/costgate approve", null],
  ["a command inside an HTML comment", "<!-- /costgate approve -->", null],
  ["a longer word that starts like the prefix", "/costgateapprove", null],
  ["another bot's command", "/approve", null],
  ["an empty comment", "", null],
];

describe("parseCommand", () => {
  it.each(cases)("reads %s", (_case, body, command) => {
    expect(parseCommand(body)).toEqual(command);
  });

  it("bounds the reason so the audit table stays readable", () => {
    const parsed = parseCommand(`/costgate approve ${"x".repeat(2000)}`);
    expect(parsed).toEqual({ command: "approve", reason: `${"x".repeat(497)}...` });
  });

  it("drops control characters from the reason", () => {
    expect(parseCommand("/costgate approve ok\u0007\u001b[31mred")).toEqual({ command: "approve", reason: "ok [31mred" });
  });
});
