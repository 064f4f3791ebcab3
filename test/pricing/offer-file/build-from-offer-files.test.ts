import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import nock from "nock";
import { buildSnapshotFromOfferFiles, type BuildProgress } from "../../../src/pricing/offer-file/build-from-offer-files.js";
import { equals, contains, type PriceQuery } from "../../../src/pricing/price-query.js";
import { loadSnapshot } from "../../../src/pricing/snapshot/load-snapshot.js";
import { createSnapshotProvider } from "../../../src/pricing/snapshot/snapshot-provider.js";
import { useTempDir } from "../temp-dir.js";

const fixtures = fileURLToPath(new URL("../../../fixtures/pricing/offer-files/", import.meta.url));
const fixture = (service: string) => readFileSync(path.join(fixtures, "offers/v1.0/aws", service, "current/eu-west-2/index.json"));

const tmp = useTempDir("offers");
afterEach(() => nock.cleanAll());

const t3: PriceQuery = { service: "AmazonEC2", region: "eu-west-2", productFamily: "Compute Instance", attributes: [equals("instanceType", "t3.medium"), equals("operatingSystem", "Linux"), equals("capacitystatus", "Used")] };

describe("building a snapshot from AWS offer files", () => {
  it("downloads each service x region file, keeps what cost models query, and prices from it", async () => {
    const api = nock("https://pricing.us-east-1.amazonaws.com")
      .get("/offers/v1.0/aws/AmazonEC2/current/eu-west-2/index.json")
      .reply(200, fixture("AmazonEC2"), { "content-length": String(fixture("AmazonEC2").length) })
      .get("/offers/v1.0/aws/AmazonRDS/current/eu-west-2/index.json")
      .reply(200, fixture("AmazonRDS"));
    const out = path.join(tmp(), "eu-west-2.json.gz");
    const progress: BuildProgress[] = [];
    const manifest = await buildSnapshotFromOfferFiles({ services: ["AmazonEC2", "AmazonRDS"], regions: ["eu-west-2"], out, onProgress: (p) => progress.push(p) });
    expect(api.isDone()).toBe(true);

    // Kept: t3.medium Linux + Windows, gp3, NAT, EIP; dropped: the capacity reservation, the SQL bundle, the Dedicated Host.
    expect(manifest.coverage).toEqual({ AmazonEC2: { "eu-west-2": 5 }, AmazonRDS: { "eu-west-2": 4 } });
    expect(manifest.sources.map((s) => [s.id, s.kind, s.asOf])).toEqual([
      ["offer-AmazonEC2-eu-west-2", "offer-file", "2026-03-20"],
      ["offer-AmazonRDS-eu-west-2", "offer-file", "2026-03-18"],
    ]);
    expect(JSON.parse(await readFile(path.join(tmp(), "eu-west-2.manifest.json"), "utf8")).records).toBe(9);

    const prices = createSnapshotProvider({ snapshot: await loadSnapshot({ overlays: [out] }) });
    const price = await prices.lookup(t3);
    expect(price.tiers[0].unitPrice.toString()).toBe("0.0472");
    expect(price.sku).toBe("FJV5MDGUBW9SPTK2");
    expect(price.source).toEqual({ kind: "offer-file", label: "AWS offer file AmazonEC2 eu-west-2 (published 2026-03-20)", asOf: "2026-03-20" });
    const rds = await prices.lookup({ service: "AmazonRDS", region: "eu-west-2", productFamily: "Database Instance", attributes: [equals("instanceType", "db.r7g.large"), equals("databaseEngine", "MySQL"), equals("deploymentOption", "Multi-AZ")] });
    expect(rds.tiers[0].unitPrice.toString()).toBe("0.538");
    const eip = await prices.lookup({ service: "AmazonEC2", region: "eu-west-2", productFamily: "IP Address", attributes: [contains("usagetype", "ElasticIP:IdleAddress")], startUsageAmount: "1" });
    expect(eip.tiers.map((t) => t.unitPrice.toString())).toEqual(["0.005"]);

    const ec2Done = progress.find((p) => p.service === "AmazonEC2" && p.phase === "done")!;
    expect(ec2Done).toMatchObject({ file: 1, files: 2, productsSeen: 8, productsKept: 5, records: 5, bytesRead: fixture("AmazonEC2").length, totalBytes: fixture("AmazonEC2").length });
    expect(progress.filter((p) => p.phase === "reading").length).toBeGreaterThan(0);
  });

  it("reads a local mirror with the bulk API's layout, overriding the bundled snapshot's groups", async () => {
    const out = path.join(tmp(), "mirror.json.gz");
    await buildSnapshotFromOfferFiles({ services: ["AmazonEC2"], regions: ["eu-west-2"], input: fixtures, out });
    const snapshot = await loadSnapshot({ overlays: [out] });
    const prices = createSnapshotProvider({ snapshot });
    expect((await prices.lookup(t3)).source.kind).toBe("offer-file");
    // The bundled data is still there for what the mirror does not cover.
    expect((await prices.lookup({ ...t3, region: "us-east-1" })).tiers[0].unitPrice.toString()).toBe("0.0416");
  });

  it("names the URL and status when a file cannot be downloaded", async () => {
    nock("https://pricing.us-east-1.amazonaws.com").get("/offers/v1.0/aws/AmazonEC2/current/xx-east-9/index.json").reply(404, "<Error><Code>NoSuchKey</Code></Error>");
    await expect(buildSnapshotFromOfferFiles({ services: ["AmazonEC2"], regions: ["xx-east-9"], out: path.join(tmp(), "x.json.gz") })).rejects.toThrow(
      "cannot download https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/xx-east-9/index.json: HTTP 404",
    );
  });

  it("names the file when a local offer file is missing", async () => {
    await expect(buildSnapshotFromOfferFiles({ services: ["AmazonS3"], regions: ["eu-west-2"], input: fixtures, out: path.join(tmp(), "x.json.gz") })).rejects.toThrow(
      /cannot read offer file .*AmazonS3\/current\/eu-west-2\/index.json: ENOENT/,
    );
  });
});
