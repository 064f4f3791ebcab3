import { copyFileSync, mkdtempSync, readFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { syncUsageFile, usageTargets, UsageSyncError, type UsageTarget } from "../../src/estimate/sync-usage-file.js";
import { parseUsageFile, usageFor } from "../../src/estimate/usage-file.js";
import { awsLambdaFunction } from "../../src/resources/aws/aws-lambda-function.js";
import { awsS3Bucket } from "../../src/resources/aws/aws-s3-bucket.js";
import { awsSqsQueue } from "../../src/resources/aws/aws-sqs-queue.js";
import { costgate, REPO } from "../cli/run-cli.js";

const lambda = (address: string): UsageTarget => ({ address, usage: awsLambdaFunction.usage! });
const sqs = (address: string): UsageTarget => ({ address, usage: awsSqsQueue.usage! });
const s3 = (address: string): UsageTarget => ({ address, usage: { "standard.storage_gb": awsS3Bucket.usage!["standard.storage_gb"]!, "standard.monthly_tier_1_requests": awsS3Bucket.usage!["standard.monthly_tier_1_requests"]!, "glacier_deep_archive.storage_gb": awsS3Bucket.usage!["glacier_deep_archive.storage_gb"]! } });

/** A team's usage file: comments, aligned values, a key Costgate does not know, a wildcard, type defaults. */
const TEAM_FILE = `# Usage for the payments stack. Owner: #payments-platform
version: 0.1

resource_usage:
  # the API function, measured in March
  aws_lambda_function.api:
    monthly_requests: 2500000   # CloudWatch Invocations
    owner_note: "ask @maria before changing"

  aws_s3_bucket.receipts:
    standard:
      storage_gb: 500           # S3 Storage Lens
  "aws_sqs_queue.jobs[*]":
    request_size_kb: 16
# Defaults for everything else
resource_type_default_usage:
  aws_lambda_function:
    request_duration_ms: 120
`;

const TARGETS = [lambda("aws_lambda_function.api"), lambda("aws_lambda_function.webhooks"), s3("aws_s3_bucket.receipts"), sqs("aws_sqs_queue.jobs[0]"), sqs("aws_sqs_queue.jobs[1]")];

describe("syncUsageFile", () => {
  it("adds the missing keys, commented out, without moving or changing a line the team wrote", () => {
    const { text, added } = syncUsageFile(TEAM_FILE, TARGETS, "usage.yml");
    expect(text).toBe(`# Usage for the payments stack. Owner: #payments-platform
version: 0.1

resource_usage:
  # the API function, measured in March
  aws_lambda_function.api:
    monthly_requests: 2500000   # CloudWatch Invocations
    owner_note: "ask @maria before changing"
    # request_duration_ms: 250  # Average duration of a request in milliseconds

  aws_s3_bucket.receipts:
    standard:
      storage_gb: 500           # S3 Storage Lens
      # monthly_tier_1_requests: 100000  # Standard: PUT, COPY, POST and LIST requests a month
    # glacier_deep_archive:
    #   storage_gb: 1000  # Glacier Deep Archive: Average GB stored over the month
  "aws_sqs_queue.jobs[*]":
    request_size_kb: 16
    # monthly_requests: 10000000  # API requests a month (send, receive, delete, change visibility...)
  aws_lambda_function.webhooks:
    # monthly_requests: 1000000  # Requests (invocations) a month
    # request_duration_ms: 250  # Average duration of a request in milliseconds
# Defaults for everything else
resource_type_default_usage:
  aws_lambda_function:
    request_duration_ms: 120
`);
    expect(added).toEqual([
      { address: "aws_lambda_function.api", keys: ["request_duration_ms"] },
      { address: "aws_lambda_function.webhooks", keys: ["monthly_requests", "request_duration_ms"] },
      { address: "aws_s3_bucket.receipts", keys: ["standard.monthly_tier_1_requests", "glacier_deep_archive.storage_gb"] },
      { address: "aws_sqs_queue.jobs[*]", keys: ["monthly_requests"] },
    ]);
  });

  it("changes no usage value: the synced file estimates exactly like the original", () => {
    const before = parseUsageFile(TEAM_FILE, "usage.yml").usage;
    const after = parseUsageFile(syncUsageFile(TEAM_FILE, TARGETS, "usage.yml").text, "usage.yml");
    expect(after.diagnostics).toEqual([]);
    for (const t of TARGETS) expect(usageFor(after.usage, t.address, t.address.split(".")[0]!)).toEqual(usageFor(before, t.address, t.address.split(".")[0]!));
  });

  it("adds nothing the second time, set or commented out", () => {
    const once = syncUsageFile(TEAM_FILE, TARGETS, "usage.yml");
    const twice = syncUsageFile(once.text, TARGETS, "usage.yml");
    expect(twice).toEqual({ text: once.text, added: [] });
  });

  it("writes lines that become the right usage when uncommented", () => {
    const synced = syncUsageFile(TEAM_FILE, TARGETS, "usage.yml").text;
    const uncommented = synced.replace(/^(\s*)# (\s*)(glacier_deep_archive:|storage_gb: 1000)/gm, "$1$2$3");
    const { usage, diagnostics } = parseUsageFile(uncommented, "usage.yml");
    expect(diagnostics).toEqual([]);
    expect(usage.resourceUsage["aws_s3_bucket.receipts"]).toEqual({ standard: { storage_gb: 500 }, glacier_deep_archive: { storage_gb: 1000 } });
  });

  it("creates a file with its version and a note on how to use it", () => {
    const { text } = syncUsageFile("", [sqs("aws_sqs_queue.orders")], "usage.yml");
    expect(text).toBe(`# Usage estimates for Costgate, in Infracost's usage file format.
# Uncomment a key and set your own value; \`costgate breakdown --sync-usage-file\` adds keys for new resources.
version: 0.1
resource_usage:
  aws_sqs_queue.orders:
    # monthly_requests: 10000000  # API requests a month (send, receive, delete, change visibility...)
    # request_size_kb: 16  # Average payload size in KB; each 64 KB chunk is billed as a request
`);
  });

  it("adds resource_usage to a file that has only type defaults, in the file's own indentation", () => {
    const file = "version: 0.1\nresource_type_default_usage:\n    aws_sqs_queue:\n        request_size_kb: 8\n";
    const { text } = syncUsageFile(file, [sqs('module.queues["eu"].aws_sqs_queue.this')], "usage.yml");
    expect(text).toBe(`${file}resource_usage:
    module.queues["eu"].aws_sqs_queue.this:
        # monthly_requests: 10000000  # API requests a month (send, receive, delete, change visibility...)
        # request_size_kb: 16  # Average payload size in KB; each 64 KB chunk is billed as a request
`);
    expect(parseUsageFile(text, "usage.yml").diagnostics).toEqual([]);
  });

  it("completes an entry that has only commented-out keys, after them", () => {
    const file = "resource_usage:\n  aws_lambda_function.api:\n    # monthly_requests: 5000  # an old estimate\n  aws_sqs_queue.orders:\n    monthly_requests: 1\n";
    const { text, added } = syncUsageFile(file, [lambda("aws_lambda_function.api")], "usage.yml");
    expect(text).toBe(
      "resource_usage:\n  aws_lambda_function.api:\n    # monthly_requests: 5000  # an old estimate\n    # request_duration_ms: 250  # Average duration of a request in milliseconds\n  aws_sqs_queue.orders:\n    monthly_requests: 1\n",
    );
    expect(added).toEqual([{ address: "aws_lambda_function.api", keys: ["request_duration_ms"] }]);
  });

  it("gives a file of comments only its version and resource_usage, below the comments", () => {
    const { text } = syncUsageFile("# shared by all environments\n", [sqs("aws_sqs_queue.orders")], "usage.yml");
    expect(text.split("\n").slice(0, 4)).toEqual(["# shared by all environments", "version: 0.1", "resource_usage:", "  aws_sqs_queue.orders:"]);
  });

  it("leaves the text byte for byte when there is nothing to add", () => {
    const file = "resource_usage:\n  aws_sqs_queue.orders:\n    monthly_requests: 1   # no newline at the end\n    request_size_kb: 2";
    expect(syncUsageFile(file, [sqs("aws_sqs_queue.orders")], "usage.yml")).toEqual({ text: file, added: [] });
  });

  it.each([
    ["resource_usage:\n  aws_sqs_queue.orders:\n    monthly_requests: 1\n    monthly_requests: 2\n", "usage.yml:4: invalid YAML: Map keys must be unique"],
    ["- a list\n", "usage.yml:1: a usage file is a YAML mapping with version and resource_usage"],
    ["version: 0.1\nresource_usage: {}\n", "usage.yml:2: resource_usage is a flow mapping ({...}); write it as a block mapping to sync it"],
  ])("rejects %j naming file and line", (file, message) => {
    expect(() => syncUsageFile(file, [sqs("aws_sqs_queue.orders")], "usage.yml")).toThrow(UsageSyncError);
    expect(() => syncUsageFile(file, [sqs("aws_sqs_queue.orders")], "usage.yml")).toThrow(message);
  });
});

describe("usageTargets", () => {
  it("lists the resources whose cost models read usage keys", () => {
    const targets = usageTargets([
      { address: "aws_lambda_function.api", type: "aws_lambda_function" },
      { address: "aws_iam_role.lambda", type: "aws_iam_role" }, // free
      { address: "aws_route53_zone.main", type: "aws_route53_zone" }, // priced, no usage keys
      { address: "aws_made_up.thing", type: "aws_made_up" }, // unsupported
    ]);
    expect(targets.map((t) => [t.address, Object.keys(t.usage)])).toEqual([["aws_lambda_function.api", ["monthly_requests", "request_duration_ms"]]]);
  });
});

/** Whether every line of `original` is in `synced`, unchanged and in the same order. */
function keepsEveryLineInOrder(original: string, synced: string): boolean {
  const lines = synced.split("\n");
  let at = 0;
  for (const line of original.split("\n")) {
    at = lines.indexOf(line, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

describe("costgate breakdown --sync-usage-file", () => {
  const scratch = () => mkdtempSync(path.join(os.tmpdir(), "costgate-sync-"));

  it("adds the project's missing keys to the team's usage file and keeps its values", async () => {
    const file = path.join(scratch(), "usage.yml");
    copyFileSync(path.join(REPO, "fixtures/resources/aws_lambda_function/usage.yml"), file);
    const original = readFileSync(file, "utf8");
    const { code, stdout, stderr } = await costgate("breakdown", "--path", "fixtures/resources/aws_lambda_function", "--usage-file", file, "--sync-usage-file");
    expect(code).toBe(0);
    expect(stderr).toBe(`Synced ${file}: added 4 usage keys (commented out) for 2 resources\n`);
    const synced = readFileSync(file, "utf8");
    expect(keepsEveryLineInOrder(original, synced)).toBe(true);
    expect(synced.split("\n").length).toBe(original.split("\n").length + 6); // 2 entries + 4 keys
    expect(synced).toContain("  aws_lambda_function.hello:\n    # monthly_requests: 1000000  # Requests (invocations) a month\n");
    expect(stdout).toContain("aws_lambda_function.orders"); // the breakdown still prints, priced with the same usage
    expect(stdout).toMatch(/Duration \(x86_64, 512 MB\)\s+181,500/);
  });

  it("creates the usage file when it does not exist", async () => {
    const file = path.join(scratch(), "new-usage.yml");
    const { code } = await costgate("breakdown", "--path", "fixtures/resources/aws_sqs_queue", "--usage-file", file, "--sync-usage-file");
    expect(code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(Object.keys(parseUsageFile(readFileSync(file, "utf8"), file).usage.resourceUsage)).toEqual([]); // every key is commented out
    expect(readFileSync(file, "utf8")).toContain("  aws_sqs_queue.payments:\n");
  });

  it("needs --usage-file", async () => {
    const { code, stderr } = await costgate("breakdown", "--path", "fixtures/resources/aws_sqs_queue", "--sync-usage-file");
    expect(code).toBe(2);
    expect(stderr).toContain("--sync-usage-file needs --usage-file FILE");
  });
});
