import type { PriceRecord, SnapshotSourceInfo } from "../../src/pricing/price-record.js";
import { dec, flat, record, tiersFromStarts } from "./kit.js";
import { rdsInstance } from "./rds-instances-2021.js";
import { elastiCacheNode } from "./node-tables-2025.js";

export const EU_WEST_1_FILE = "eu-west-1-2023-02.json";
const REGION = "eu-west-1";

interface UpstreamMeta {
  repo: string;
  license: string;
  path: string;
  commit: string;
  data_date: string;
}

export function terracostSource(m: UpstreamMeta): SnapshotSourceInfo {
  return {
    id: "terracost-eu-west-1-2023-02",
    kind: "snapshot",
    label: `eu-west-1 offer-file extract from ${m.repo} (${m.data_date})`,
    asOf: m.data_date,
    currency: "USD",
    license: m.license,
    repo: m.repo,
    path: m.path,
    commit: m.commit,
    file: `${EU_WEST_1_FILE}, ec2-linux-ondemand-hourly.json`,
    notes: [
      "Feb 2023 data: no public IPv4 in-use charge (AmazonVPC), no Aurora I/O-Optimized",
      "RDS IOPS/throughput rows carry no engine upstream; recorded with databaseEngine=Any",
      "RDS instance rows with licenseModel NA (RDS Custom) not imported",
    ],
  };
}

type Priced = { productFamily?: string; volumeApiName?: string; unit: string; price?: number; tiers?: [number, number][] };

interface EuWest1File {
  _meta: { source: UpstreamMeta };
  ebs: Record<string, Priced & { productFamily: string; volumeApiName: string }>;
  ec2_other: Record<string, Priced & { productFamily: string }>;
  elb: Record<string, Priced & { productFamily: string; usagetype: string }>;
  rds_instance: Record<string, Record<string, number>>;
  rds_storage: Record<string, Priced & { volumeType: string; deploymentOption: string; databaseEngine: string }>;
  rds_iops_throughput: Record<string, Priced & { productFamily: string; deploymentOption: string }>;
  rds_other: Record<string, Priced & { productFamily: string }>;
  elasticache_instance: Record<string, Record<string, number>>;
}

const EBS_VOLUME_TYPE: Record<string, string> = {
  gp2: "General Purpose",
  gp3: "General Purpose",
  io1: "Provisioned IOPS",
  io2: "Provisioned IOPS",
  st1: "Throughput Optimized HDD",
  sc1: "Cold HDD",
  standard: "Magnetic",
};

const ELB_OPERATION: Record<string, string> = {
  "Load Balancer-Application": "LoadBalancing:Application",
  "Load Balancer-Network": "LoadBalancing:Network",
  "Load Balancer-Gateway": "LoadBalancing:Gateway",
  "Load Balancer": "LoadBalancing",
};

function tiersOf(p: Priced) {
  if (p.tiers) return tiersFromStarts(p.tiers);
  if (p.price === undefined) throw new Error(`${EU_WEST_1_FILE}: row without price`);
  return flat(dec(p.price));
}

/** Every eu-west-1 meter of the terracost extract, in Price List shape (prefix "EU-"). */
export function convertEuWest1(data: EuWest1File): { sources: SnapshotSourceInfo[]; records: PriceRecord[] } {
  const source = terracostSource(data._meta.source);
  const base = { region: REGION, source: source.id };
  const records: PriceRecord[] = [];
  const push = (service: string, productFamily: string, attributes: Record<string, string>, p: Priced) =>
    records.push(record({ ...base, service, productFamily, attributes, unit: p.unit, tiers: tiersOf(p) }));

  for (const [usagetype, p] of Object.entries(data.ebs)) {
    push("AmazonEC2", p.productFamily, { usagetype, volumeApiName: p.volumeApiName, volumeType: EBS_VOLUME_TYPE[p.volumeApiName] }, p);
  }
  for (const [key, p] of Object.entries(data.ec2_other)) {
    // "EU-CPUCredits:t3:Linux" is the extract's key; the product is usagetype EU-CPUCredits:t3 + operatingSystem.
    const os = /^(.*CPUCredits:[^:]+):(Linux|Windows)$/.exec(key);
    push("AmazonEC2", p.productFamily, os ? { usagetype: os[1], operatingSystem: os[2] } : { usagetype: key }, p);
  }
  for (const p of Object.values(data.elb)) {
    push("AWSELB", p.productFamily, { usagetype: p.usagetype, operation: ELB_OPERATION[p.productFamily] }, p);
  }
  for (const [key, classes] of Object.entries(data.rds_instance)) {
    const [databaseEngine, edition, licenseModel, deploymentOption] = key.split("|");
    if (licenseModel === "NA") continue;
    const engine = { databaseEngine, licenseModel, ...(edition !== "-" && { databaseEdition: edition }) };
    for (const [instanceType, price] of Object.entries(classes)) {
      records.push(rdsInstance({ ...base, instanceType, engine, deploymentOption, price: dec(price) }));
    }
  }
  for (const [key, p] of Object.entries(data.rds_storage)) {
    const usagetype = key.split("|")[0];
    const family = p.unit === "IOPS-Mo" ? "Provisioned IOPS" : "Database Storage";
    push("AmazonRDS", family, { usagetype, volumeType: p.volumeType, deploymentOption: p.deploymentOption, databaseEngine: p.databaseEngine }, p);
  }
  for (const [usagetype, p] of Object.entries(data.rds_iops_throughput)) {
    push("AmazonRDS", p.productFamily, { usagetype, deploymentOption: p.deploymentOption, databaseEngine: "Any" }, p);
  }
  for (const [key, p] of Object.entries(data.rds_other)) {
    const [usagetype, databaseEngine, , deploymentOption] = key.split("|");
    push("AmazonRDS", p.productFamily, { usagetype, ...(databaseEngine && { databaseEngine }), ...(deploymentOption && { deploymentOption }) }, p);
  }
  for (const [cacheEngine, nodes] of Object.entries(data.elasticache_instance)) {
    for (const [instanceType, price] of Object.entries(nodes)) records.push(elastiCacheNode(REGION, cacheEngine, instanceType, dec(price), source.id));
  }
  return { sources: [source], records };
}
