/**
 * Regenerates the bundled price snapshot from the public price tables:
 *
 *   npx tsx scripts/build-snapshot.ts --from /work/shared/prices [--out data/prices/snapshot.json.gz]
 *
 * Writes data/prices/snapshot.json.gz and data/prices/manifest.json (sources, licences,
 * data dates, coverage). Same input, same bytes: commit both.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { writeSnapshot } from "../src/pricing/snapshot/write-snapshot.js";
import { convertSharedPrices } from "./snapshot-sources/index.js";

const { values } = parseArgs({
  options: { from: { type: "string" }, out: { type: "string", default: "data/prices/snapshot.json.gz" } },
});
if (!values.from) {
  console.error("usage: npx tsx scripts/build-snapshot.ts --from <dir with the upstream price JSON files> [--out file]");
  process.exit(2);
}

const { sources, records, replaced } = await convertSharedPrices(path.resolve(values.from));
const manifest = await writeSnapshot({ records, sources, generator: "scripts/build-snapshot.ts", out: values.out! });
console.log(`${manifest.records} prices (${replaced} superseded by newer data) from ${manifest.sources.length} sources -> ${values.out} (${manifest.snapshot.bytes} bytes)`);
for (const service of manifest.services) {
  const regions = Object.entries(manifest.coverage[service]);
  console.log(`  ${service.padEnd(20)} ${String(regions.reduce((n, [, c]) => n + c, 0)).padStart(6)} prices in ${regions.length} regions`);
}
