import { parseArgs } from "node:util";
import { buildSnapshotFromOfferFiles, type BuildProgress } from "./offer-file/build-from-offer-files.js";
import { OFFER_BASE_URL } from "./offer-file/offer-location.js";
import { describeSnapshot, formatSnapshotDescription } from "./snapshot/describe-snapshot.js";
import { loadSnapshot } from "./snapshot/load-snapshot.js";

export interface CommandIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Whether stderr is a terminal: progress then redraws one line instead of printing many. */
  isTTY: boolean;
}

const USAGE = `usage:
  costgate prices info [--snapshot <file>]... [--json]
      what the price snapshot covers: services, regions, record counts, data dates, sources
  costgate prices build --services <codes> --regions <codes> --out <file> [--from <url|dir>]
      build a snapshot from AWS's public offer files (default ${OFFER_BASE_URL});
      use it with COSTGATE_SNAPSHOT=<file>
`;

/** `costgate prices ...`: returns the exit code (0 ok, 1 failed, 2 bad usage). */
export async function runPricesCommand(args: string[], io: CommandIO): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === "info") return await info(rest, io);
    if (sub === "build") return await build(rest, io);
    if (sub === undefined || sub === "help" || sub === "--help") {
      io.stdout.write(USAGE);
      return sub === undefined ? 2 : 0;
    }
    io.stderr.write(`costgate prices: unknown command "${sub}"\n${USAGE}`);
    return 2;
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr.write(`costgate prices ${sub}: ${(err as Error).message}\n${USAGE}`);
      return 2;
    }
    io.stderr.write(`${(err as Error).message}\n`);
    return 1;
  }
}

async function info(args: string[], io: CommandIO): Promise<number> {
  const { values } = parseArgs({ args, options: { snapshot: { type: "string", multiple: true }, json: { type: "boolean" } } });
  const description = describeSnapshot(await loadSnapshot({ overlays: values.snapshot ?? [] }));
  io.stdout.write(values.json ? `${JSON.stringify(description, null, 2)}\n` : formatSnapshotDescription(description));
  return 0;
}

async function build(args: string[], io: CommandIO): Promise<number> {
  const { values } = parseArgs({ args, options: { services: { type: "string" }, regions: { type: "string" }, out: { type: "string" }, from: { type: "string" } } });
  const list = (v: string | undefined) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const services = list(values.services);
  const regions = list(values.regions);
  if (services.length === 0 || regions.length === 0 || !values.out) {
    io.stderr.write(`costgate prices build: --services, --regions and --out are required\n${USAGE}`);
    return 2;
  }
  const show = progressPrinter(io);
  const manifest = await buildSnapshotFromOfferFiles({ services, regions, out: values.out, onProgress: show, ...(values.from && { input: values.from }) });
  io.stdout.write(`${manifest.records} prices from ${manifest.sources.length} offer files -> ${values.out} (${formatBytes(manifest.snapshot.bytes)})\nuse it with COSTGATE_SNAPSHOT=${values.out}\n`);
  return 0;
}

/** On a terminal one line redrawn at most ten times a second; elsewhere one line per finished file. */
export function progressPrinter(io: CommandIO, now: () => number = Date.now): (p: BuildProgress) => void {
  let last = -Infinity;
  return (p) => {
    const line = describeProgress(p);
    if (!io.isTTY) {
      if (p.phase === "done") io.stderr.write(`${line}\n`);
      return;
    }
    if (p.phase === "reading" && now() - last < 100) return;
    last = now();
    io.stderr.write(`\r\x1b[2K${line}${p.phase === "done" ? "\n" : ""}`);
  };
}

export function describeProgress(p: BuildProgress): string {
  const size = p.totalBytes ? `${formatBytes(p.bytesRead)} / ${formatBytes(p.totalBytes)} (${Math.floor((100 * p.bytesRead) / p.totalBytes)}%)` : formatBytes(p.bytesRead);
  const what = p.phase === "done" ? `${p.records} prices kept of ${p.productsSeen} products${p.stoppedEarly ? " (reserved terms skipped)" : ""}` : `${p.productsKept} products kept`;
  return `[${p.file}/${p.files}] ${p.service} ${p.region}: ${size}, ${what}`;
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
