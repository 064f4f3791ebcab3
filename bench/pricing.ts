/**
 * Pricing benchmarks:  npx tsx bench/pricing.ts
 *
 * (a) 10,000 components priced from the bundled snapshot: snapshot load time, the cold pass
 *     (every distinct query looked up once) and the warm passes (all from memory), median of 15.
 * (b) The same components against a local Price List endpoint (a tiny HTTP server on
 *     127.0.0.1 answering GetProducts from a fixture product, counting requests), cold: the
 *     number of requests must equal the number of distinct queries. Then a restarted
 *     service with the file cache: no requests at all.
 * (c) Streaming a synthetic EC2-like offer file (~80 MB, 30k products) into snapshot records:
 *     throughput, and the heap in use (a 180 MB file also builds under --max-old-space-size=48).
 */
import { readFileSync } from "node:fs";
import { streamOfferFile } from "../src/pricing/offer-file/stream-offer-file.js";
import { writeSyntheticOfferFile } from "./synthetic-offer-file.js";
import { mkdtemp, rm } from "node:fs/promises";
import { createReadStream, statSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createPricing } from "../src/pricing/create-pricing.js";
import { contains, equals, matches, queryKey, type PriceQuery } from "../src/pricing/price-query.js";
import { loadSnapshot } from "../src/pricing/snapshot/load-snapshot.js";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
const COMPONENTS = 10_000;

/** A deterministic mix: a few hot instance types, a long tail, storage, network and databases. */
function componentQueries(): PriceQuery[] {
  const regions = ["us-east-1", "eu-west-1", "us-gov-west-1"];
  const types = ["t3.micro", "t3.small", "t3.medium", "t3.large", "m5.large", "m5.xlarge", "m6i.large", "c5.large", "c6g.large", "r5.large", "r6g.xlarge", "m7g.large"];
  const ec2 = (region: string, t: string): PriceQuery => ({
    service: "AmazonEC2",
    region,
    productFamily: "Compute Instance",
    attributes: [equals("instanceType", t), equals("operatingSystem", "Linux"), equals("tenancy", "Shared"), equals("preInstalledSw", "NA"), equals("capacitystatus", "Used")],
  });
  const distinct: PriceQuery[] = [
    ...regions.flatMap((r) => types.map((t) => ec2(r, t))),
    ...["gp2", "gp3", "io1", "st1"].flatMap((v) => ["us-east-1", "eu-west-1"].map((region): PriceQuery => ({ service: "AmazonEC2", region, productFamily: "Storage", attributes: [equals("volumeApiName", v)] }))),
    ...["us-east-1", "eu-west-1"].map((region): PriceQuery => ({ service: "AmazonEC2", region, productFamily: "NAT Gateway", attributes: [contains("usagetype", "NatGateway-Hours")] })),
    ...["us-east-1", "eu-west-1"].map((region): PriceQuery => ({ service: "AWSELB", region, productFamily: "Load Balancer-Application", attributes: [matches("usagetype", "^([A-Z]{2,4}\\d?-)?LoadBalancerUsage$")] })),
    ...["us-east-1", "us-west-2", "eu-west-1", "eu-central-1"].flatMap((region) =>
      ["db.t3.micro", "db.t3.medium", "db.m5.large", "db.r5.large"].map((t): PriceQuery => ({ service: "AmazonRDS", region, productFamily: "Database Instance", attributes: [equals("instanceType", t), equals("databaseEngine", "PostgreSQL"), equals("deploymentOption", "Single-AZ")] })),
    ),
    ...["us-east-1", "eu-west-2", "ap-southeast-2"].map((region): PriceQuery => ({ service: "AmazonElastiCache", region, productFamily: "Cache Instance", attributes: [equals("instanceType", "cache.r6g.large"), equals("cacheEngine", "Redis")] })),
    { service: "AmazonRDS", region: "eu-west-2", productFamily: "Database Instance", attributes: [equals("instanceType", "db.r7g.large")] },
  ];
  // Zipf-like: the first queries are asked far more often than the tail, like a monorepo's t3s.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: COMPONENTS }, () => distinct[Math.floor(distinct.length * random() ** 2)]);
}

async function priceAll(price: (q: PriceQuery) => Promise<unknown>, queries: PriceQuery[]): Promise<{ ms: number; notFound: number }> {
  let notFound = 0;
  const t0 = performance.now();
  await Promise.all(queries.map((q) => price(q).catch(() => void notFound++)));
  return { ms: performance.now() - t0, notFound };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function snapshotBench(queries: PriceQuery[]) {
  const t0 = performance.now();
  const snapshot = await loadSnapshot();
  const loadMs = performance.now() - t0;
  const pricing = await createPricing({ mode: "snapshot", snapshot });
  const cold = await priceAll((q) => pricing.price(q), queries);
  const warm: number[] = [];
  for (let i = 0; i < 15; i++) warm.push((await priceAll((q) => pricing.price(q), queries)).ms);
  const distinct = new Set(queries.map(queryKey)).size;
  console.log("(a) bundled snapshot");
  console.log(`    snapshot load (gunzip + parse + index): ${loadMs.toFixed(1)} ms`);
  console.log(`    ${COMPONENTS} components, ${distinct} distinct queries, ${cold.notFound} not found`);
  console.log(`    cold pass: ${cold.ms.toFixed(1)} ms; snapshot lookups: ${pricing.stats().lookups.snapshot}`);
  console.log(`    warm pass (memory cache), median of 15: ${median(warm).toFixed(2)} ms (${((1000 * median(warm)) / COMPONENTS).toFixed(2)} µs per component)`);
}

/** A Price List endpoint on 127.0.0.1: one fixture product, its attributes set from the request's filters. */
async function startPriceListServer() {
  const template = JSON.parse(readFileSync(new URL("../fixtures/pricing/price-list/ec2-t3-medium-us-east-1.json", import.meta.url), "utf8"));
  let requests = 0;
  const server = createServer(async (req: IncomingMessage, res) => {
    requests++;
    let body = "";
    for await (const chunk of req) body += chunk;
    const input = JSON.parse(body) as { ServiceCode: string; Filters: { Field: string; Value: string }[] };
    const doc = structuredClone(template);
    doc.serviceCode = input.ServiceCode;
    doc.product.attributes = { servicecode: input.ServiceCode };
    for (const f of input.Filters) {
      if (f.Field === "productFamily") doc.product.productFamily = f.Value;
      else doc.product.attributes[f.Field] = f.Value;
    }
    res.writeHead(200, { "content-type": "application/x-amz-json-1.1" });
    res.end(JSON.stringify({ FormatVersion: "aws_v1", PriceList: [JSON.stringify(doc)] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, requests: () => requests, close: () => new Promise((r) => server.close(r)) };
}

async function liveBench(queries: PriceQuery[]) {
  const server = await startPriceListServer();
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), "costgate-bench-"));
  const aws = { endpoint: server.endpoint, credentials: { accessKeyId: "AKIDBENCH", secretAccessKey: "bench" } };
  try {
    const pricing = await createPricing({ mode: "aws", env: {}, aws, cacheDir });
    const cold = await priceAll((q) => pricing.price(q), queries);
    const distinct = new Set(queries.map(queryKey)).size;
    console.log("(b) local Price List endpoint (aws mode, file cache empty)");
    console.log(`    ${COMPONENTS} components, ${distinct} distinct queries -> ${server.requests()} GetProducts requests (${server.requests() === distinct ? "equal" : "NOT EQUAL"})`);
    console.log(`    cold pass: ${cold.ms.toFixed(1)} ms (${cold.notFound} not found: regex-only attributes the fake endpoint cannot know)`);
    const before = server.requests();
    const restarted = await createPricing({ mode: "aws", env: {}, aws, cacheDir });
    const fromDisk = await priceAll((q) => restarted.price(q), queries);
    console.log(`    restarted service, file cache warm: ${fromDisk.ms.toFixed(1)} ms, ${server.requests() - before} requests`);
  } finally {
    await server.close();
    await rm(cacheDir, { recursive: true, force: true });
  }
}

async function offerFileBench() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "costgate-bench-offer-"));
  const file = path.join(dir, "index.json");
  try {
    await writeSyntheticOfferFile(file, 30_000);
    const mb = statSync(file).size / 2 ** 20;
    global.gc?.();
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
    const t0 = performance.now();
    const r = await streamOfferFile({ stream: createReadStream(file, { highWaterMark: 2 ** 20 }), service: "AmazonEC2", region: "us-east-1", source: "bench" });
    const s = (performance.now() - t0) / 1000;
    clearInterval(sample);
    console.log("(c) offer file, streamed");
    console.log(`    ${mb.toFixed(0)} MB file, ${r.progress.productsSeen} products -> ${r.records.length} records in ${s.toFixed(2)} s`);
    console.log(`    read ${(r.progress.bytesRead / 2 ** 20).toFixed(0)} MB (${r.progress.stoppedEarly ? "stopped after the on-demand terms" : "whole file"}), ${(r.progress.bytesRead / 2 ** 20 / s).toFixed(1)} MB/s parsed`);
    console.log(`    peak heap growth, uncollected garbage included: ${((peak - base) / 2 ** 20).toFixed(0)} MB (sampled every 20 ms)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const queries = componentQueries();
await snapshotBench(queries);
await liveBench(queries);
await offerFileBench();
