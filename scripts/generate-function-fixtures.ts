/**
 * Regenerates the expected results in test/terraform/functions/fixtures/*.json by asking
 * Terraform itself. Each case's `fn` and `args` become an expression, which `terraform console`
 * evaluates in a scratch root module (holding the fixture's `files` and one `terraform_data`
 * resource whose attributes stand in for unknown arguments). The script rewrites `expr`,
 * `want` and `error` in place; `costgate` cases (deliberate differences) are left alone.
 *
 *   npx tsx scripts/generate-function-fixtures.ts [family ...]
 *
 * Needs `terraform` (1.11) on PATH; no network and no provider downloads.
 */
import { execFile, spawn } from "node:child_process";
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pLimit from "p-limit";
import { isUnknownMarker, type FixtureCase, type FixtureFile } from "../test/terraform/functions/fixture-format.js";
import { parseConsoleValue, unquoteGoString } from "./terraform-console-output.js";

const FIXTURES = path.resolve("test/terraform/functions/fixtures");

/** HCL expressions that Terraform cannot know before apply, by the type they stand for. */
const UNKNOWN_EXPR: Record<string, string> = {
  string: "terraform_data.u.id",
  number: "length(terraform_data.u.id)",
  bool: '(terraform_data.u.id == "")',
  list: "tolist(terraform_data.u.output)",
  any: "terraform_data.u.output",
};

function hclString(text: string): string {
  const escaped = text.replace(/[\\"\u0000-\u001f]|\$\{|%\{/g, (m) => {
    if (m === "${") return "$${";
    if (m === "%{") return "%%{";
    if (m === "\\" || m === '"') return `\\${m}`;
    if (m === "\n") return "\\n";
    if (m === "\r") return "\\r";
    if (m === "\t") return "\\t";
    return `\\u${m.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  return `"${escaped}"`;
}

/** A fixture argument as an HCL literal. */
export function toHcl(value: unknown): string {
  if (isUnknownMarker(value)) return UNKNOWN_EXPR[String(value.$unknown)] ?? UNKNOWN_EXPR.any!;
  if (value === null) return "null";
  if (typeof value === "string") return hclString(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(toHcl).join(", ")}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `{${entries.map(([k, v]) => `${hclString(k)} = ${toHcl(v)}`).join(", ")}}`;
}

function runConsole(dir: string, expr: string): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn("terraform", ["console", "-no-color"], { cwd: dir, env: { ...process.env, TF_CLI_CONFIG_FILE: path.join(dir, "cli.tfrc") } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout, stderr, code: code ?? 1 }));
    child.stdin.end(`${expr}\n`);
  });
}

/** The detail of Terraform's first error, unwrapped to one line. */
function errorDetail(stderr: string): string {
  const block = stderr.split(/\n\s*\n(?=Error: )/)[0]!;
  const after = block.split("(source code not available)")[1] ?? block;
  const detail = after.trim().split(/\s*\n\s*/).join(" ");
  // A panic carries a goroutine dump with addresses that change on every run.
  return detail.replace(/ goroutine \d+ \[running\]:.*$/, "");
}

function expressionOf(c: FixtureCase): string {
  return c.customExpr && c.expr ? c.expr : `${c.fn}(${c.args.map(toHcl).join(", ")})`;
}

async function evaluate(dir: string, c: FixtureCase): Promise<void> {
  const expr = expressionOf(c);
  c.expr = expr;
  delete c.want;
  delete c.error;
  const encoded = await runConsole(dir, `jsonencode(${expr})`);
  if (encoded.code !== 0) {
    c.error = errorDetail(encoded.stderr);
    return;
  }
  const out = encoded.stdout.trim();
  if (out.startsWith('"')) {
    c.want = JSON.parse(unquoteGoString(out));
    return;
  }
  // Wholly or partly unknown: read the plain console rendering instead.
  const plain = await runConsole(dir, expr);
  try {
    c.want = parseConsoleValue(plain.stdout.trim());
  } catch (err) {
    throw new Error(`${expr}: ${(err as Error).message}\n${encoded.stdout}${plain.stdout}${plain.stderr}`);
  }
}

async function scratchModule(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "costgate-fn-"));
  await writeFile(path.join(dir, "cli.tfrc"), "");
  await writeFile(path.join(dir, "main.tf"), 'resource "terraform_data" "u" {\n  input = "x"\n}\n');
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  await promisify(execFile)("terraform", ["init", "-no-color", "-input=false"], { cwd: dir, env: { ...process.env, TF_CLI_CONFIG_FILE: path.join(dir, "cli.tfrc") } });
  return dir;
}

const WORKERS = 8;

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const names = (await readdir(FIXTURES)).filter((f) => f.endsWith(".json") && (only.length === 0 || only.includes(f.replace(/\.json$/, ""))));
  for (const name of names) {
    const file = path.join(FIXTURES, name);
    const fixture = JSON.parse(await readFile(file, "utf8")) as FixtureFile;
    for (const c of fixture.cases) c.expr = expressionOf(c);
    // One scratch module per worker: console holds the state lock while it runs.
    const free = await Promise.all(Array.from({ length: WORKERS }, () => scratchModule(fixture.files)));
    const dirs = [...free];
    const limit = pLimit(WORKERS);
    try {
      await Promise.all(
        fixture.cases.filter((c) => !c.costgate).map((c) =>
          limit(async () => {
            const dir = free.pop()!;
            try {
              await evaluate(dir, c);
            } finally {
              free.push(dir);
            }
          }),
        ),
      );
    } finally {
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    }
    await writeFile(file, `${JSON.stringify(fixture, null, 2)}\n`);
    const errors = fixture.cases.filter((c) => c.error).length;
    console.log(`${name}: ${fixture.cases.length} cases (${errors} errors)`);
  }
}

await main();
