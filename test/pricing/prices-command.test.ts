import { stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describeProgress, progressPrinter, runPricesCommand, type CommandIO } from "../../src/pricing/prices-command.js";
import type { BuildProgress } from "../../src/pricing/offer-file/build-from-offer-files.js";
import { useTempDir } from "./temp-dir.js";

const fixtures = fileURLToPath(new URL("../../fixtures/pricing/offer-files/", import.meta.url));

function capture(isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, isTTY };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

const tmp = useTempDir("cmd");

describe("costgate prices", () => {
  it("info: lists coverage, data dates and sources of the bundled snapshot", async () => {
    const c = capture();
    expect(await runPricesCommand(["info"], c.io)).toBe(0);
    expect(c.out()).toMatch(/^\d+ prices, 21 services, 37 regions; data from 2021-08-03 to 2026-07-20/);
    expect(c.out()).toContain("  AmazonEC2: eu-west-1 ");
    expect(c.out()).toMatch(/karpenter-ec2-us-east-1 \(\d+ prices, data 2026-07-20, Apache-2.0\)/);
  });

  it("info --json: machine-readable, including a user-built snapshot", async () => {
    const out = path.join(tmp(), "ldn.json.gz");
    const quiet = capture();
    expect(await runPricesCommand(["build", "--services", "AmazonRDS", "--regions", "eu-west-2", "--from", fixtures, "--out", out], quiet.io)).toBe(0);
    const c = capture();
    expect(await runPricesCommand(["info", "--json", "--snapshot", out], c.io)).toBe(0);
    const d = JSON.parse(c.out());
    expect(d.sources.map((s: { id: string }) => s.id)).toContain("offer-AmazonRDS-eu-west-2");
    expect(d.coverage.AmazonRDS["eu-west-2"]).toBe(4);
  });

  it("build: writes the snapshot, reports a line per file off a terminal, and says how to use it", async () => {
    const out = path.join(tmp(), "ldn.json.gz");
    const c = capture(false);
    expect(await runPricesCommand(["build", "--services", "AmazonEC2,AmazonRDS", "--regions", "eu-west-2", "--from", fixtures, "--out", out], c.io)).toBe(0);
    expect((await stat(out)).size).toBeGreaterThan(0);
    expect(c.err().trim().split("\n")).toEqual([
      expect.stringMatching(/^\[1\/2\] AmazonEC2 eu-west-2: 14\.9 KB \/ 14\.9 KB \(100%\), 5 prices kept of 8 products$/),
      expect.stringMatching(/^\[2\/2\] AmazonRDS eu-west-2: .*4 prices kept of 4 products$/),
    ]);
    expect(c.out()).toContain(`9 prices from 2 offer files -> ${out}`);
    expect(c.out()).toContain(`use it with COSTGATE_SNAPSHOT=${out}`);
  });

  it("build: explains what is missing, and fails cleanly on a bad source", async () => {
    const usage = capture();
    expect(await runPricesCommand(["build", "--services", "AmazonEC2"], usage.io)).toBe(2);
    expect(usage.err()).toContain("--services, --regions and --out are required");
    const bad = capture();
    expect(await runPricesCommand(["build", "--services", "AmazonEC2", "--regions", "eu-west-9", "--from", fixtures, "--out", path.join(tmp(), "x.gz")], bad.io)).toBe(1);
    expect(bad.err()).toMatch(/cannot read offer file .*eu-west-9/);
    const unknown = capture();
    expect(await runPricesCommand(["refresh"], unknown.io)).toBe(2);
    expect(unknown.err()).toContain('unknown command "refresh"');
    const flag = capture();
    expect(await runPricesCommand(["info", "--verbose"], flag.io)).toBe(2);
  });

  it("redraws one terminal line at most ten times a second and ends it when a file is done", () => {
    const c = capture(true);
    let t = 0;
    const show = progressPrinter(c.io, () => t);
    const p: BuildProgress = { service: "AmazonEC2", region: "us-east-1", file: 1, files: 1, phase: "reading", bytesRead: 52428800, totalBytes: 471859200, productsSeen: 9000, productsKept: 1200, records: 0 };
    show(p);
    t = 50;
    show({ ...p, bytesRead: 53000000 });
    t = 150;
    show({ ...p, bytesRead: 60000000 });
    show({ ...p, phase: "done", bytesRead: 471859200, records: 4100 });
    expect(c.err()).toBe(
      "\r\x1b[2K[1/1] AmazonEC2 us-east-1: 50.0 MB / 450.0 MB (11%), 1200 products kept" +
        "\r\x1b[2K[1/1] AmazonEC2 us-east-1: 57.2 MB / 450.0 MB (12%), 1200 products kept" +
        "\r\x1b[2K[1/1] AmazonEC2 us-east-1: 450.0 MB / 450.0 MB (100%), 4100 prices kept of 9000 products\n",
    );
    expect(describeProgress({ ...p, totalBytes: undefined })).toBe("[1/1] AmazonEC2 us-east-1: 50.0 MB, 1200 products kept");
  });
});
