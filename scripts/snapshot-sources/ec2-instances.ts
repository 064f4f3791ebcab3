import type { PriceRecord, SnapshotSourceInfo } from "../../src/pricing/price-record.js";
import { terracostSource } from "./eu-west-1-2023.js";
import { dec, flat, record, usagetype } from "./kit.js";

export const EC2_FILE = "ec2-linux-ondemand-hourly.json";

interface Ec2Table {
  _meta: {
    sources: {
      karpenter: { repo: string; license: string; files: Record<string, { path: string; commit: string; data_date: string; currency?: string }> };
      terracost: { repo: string; license: string; path: string; commit: string; data_date: string };
    };
  };
  regions: Record<string, { source: "karpenter" | "terracost"; data_date: string; currency: string; prices: Record<string, number> }>;
}

/**
 * EC2 Linux on-demand per instance type. Bare-metal sizes are the `Compute Instance (bare
 * metal)` family with tenancy Dedicated, the filter the upstream generator used to fetch
 * them. cn-north-1 is in CNY and is left out: the snapshot never mixes currencies.
 */
export function convertEc2Instances(data: Ec2Table): { sources: SnapshotSourceInfo[]; records: PriceRecord[] } {
  const k = data._meta.sources.karpenter;
  const t = data._meta.sources.terracost;
  const sourceFor = new Map<string, SnapshotSourceInfo>();
  const karpenterFile = (regions: string): SnapshotSourceInfo => {
    const f = k.files[regions];
    return {
      id: `karpenter-ec2-${regions.includes("gov") ? "us-gov" : regions}`,
      kind: "snapshot",
      label: `EC2 on-demand table from ${k.repo} (${f.data_date.slice(0, 10)})`,
      asOf: f.data_date.slice(0, 10),
      currency: "USD",
      license: k.license,
      repo: k.repo,
      path: f.path,
      commit: f.commit,
      file: EC2_FILE,
    };
  };
  sourceFor.set("us-east-1", karpenterFile("us-east-1"));
  const gov = karpenterFile("us-gov-east-1,us-gov-west-1");
  sourceFor.set("us-gov-east-1", gov);
  sourceFor.set("us-gov-west-1", gov);
  sourceFor.set("eu-west-1", terracostSource(t));

  const records: PriceRecord[] = [];
  for (const [region, table] of Object.entries(data.regions)) {
    if (table.currency !== "USD") continue;
    const source = sourceFor.get(region);
    if (!source) throw new Error(`${EC2_FILE}: no source recorded for region ${region}`);
    for (const [instanceType, price] of Object.entries(table.prices)) records.push(ec2Instance(region, instanceType, dec(price), source.id));
  }
  return { sources: [...new Set(sourceFor.values())], records };
}

export function ec2Instance(region: string, instanceType: string, price: string, source: string): PriceRecord {
  const metal = instanceType.endsWith(".metal") || instanceType.includes(".metal-");
  return record({
    service: "AmazonEC2",
    region,
    productFamily: metal ? "Compute Instance (bare metal)" : "Compute Instance",
    attributes: {
      instanceType,
      operatingSystem: "Linux",
      tenancy: metal ? "Dedicated" : "Shared",
      preInstalledSw: "NA",
      licenseModel: "No License required",
      capacitystatus: "Used",
      marketoption: "OnDemand",
      operation: "RunInstances",
      usagetype: usagetype(region, `${metal ? "DedicatedUsage" : "BoxUsage"}:${instanceType}`, "legacy"),
    },
    unit: "Hrs",
    tiers: flat(price),
    source,
  });
}
