import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PriceRecord, SnapshotSourceInfo } from "../../src/pricing/price-record.js";
import { convertEc2Instances, EC2_FILE } from "./ec2-instances.js";
import { convertEuWest1, EU_WEST_1_FILE } from "./eu-west-1-2023.js";
import { mergeRecords } from "./merge-records.js";
import { publicIpv4AllRegions } from "./public-ipv4-all-regions.js";
import { convertElastiCache, convertOpenSearch, ELASTICACHE_FILE, OPENSEARCH_FILE } from "./node-tables-2025.js";
import { convertRdsInstances2021, RDS_2021_FILE } from "./rds-instances-2021.js";
import { convertUsEast1Core, CORE_FILE } from "./us-east-1-core.js";

type Converter = (data: never) => { sources: SnapshotSourceInfo[]; records: PriceRecord[] };

/** Each upstream file of /work/shared/prices and the converter that reads it. */
export const CONVERTERS: readonly [file: string, convert: Converter][] = [
  [EC2_FILE, convertEc2Instances as Converter],
  [RDS_2021_FILE, convertRdsInstances2021 as Converter],
  [EU_WEST_1_FILE, convertEuWest1 as Converter],
  [ELASTICACHE_FILE, convertElastiCache as Converter],
  [OPENSEARCH_FILE, convertOpenSearch as Converter],
  [CORE_FILE, convertUsEast1Core as Converter],
];

export async function convertSharedPrices(dir: string) {
  const parts = await Promise.all(
    CONVERTERS.map(async ([file, convert]) => {
      const data = JSON.parse(await readFile(path.join(dir, file), "utf8")) as never;
      try {
        return convert(data);
      } catch (err) {
        throw new Error(`${file}: ${(err as Error).message}`, { cause: err });
      }
    }),
  );
  // Facts stated by AWS for every region, not read from a file.
  return mergeRecords([...parts, publicIpv4AllRegions()]);
}
