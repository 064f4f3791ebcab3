import { PriceNotFound, type Price } from "../../src/pricing/price.js";
import { describeQuery, type PriceQuery } from "../../src/pricing/price-query.js";
import { dec } from "../../src/shared/decimal.js";

/** A product row of a hand-written price table: the attributes a query matches against. */
export interface PriceRow {
  service: string;
  region?: string;
  productFamily?: string;
  attributes: Record<string, string>;
  unit: string;
  /** One price, or [from, price] tiers. */
  price: string | [number, string][];
}

/**
 * A tiny price list for tests of the estimate and report: answers a query with the one row
 * whose attributes satisfy every matcher, counting lookups.
 */
export function priceTable(rows: PriceRow[]) {
  const asked: PriceQuery[] = [];
  return {
    asked,
    async price(query: PriceQuery): Promise<Price> {
      asked.push(query);
      const row = rows.find(
        (r) =>
          r.service === query.service &&
          (r.region ?? "us-east-1") === query.region &&
          (query.productFamily === undefined || r.productFamily === query.productFamily) &&
          query.attributes.every((m) => {
            const v = r.attributes[m.key];
            if (v === undefined) return false;
            if ("equals" in m) return v === m.equals;
            if ("contains" in m) return v.includes(m.contains);
            return new RegExp(m.regex, "i").test(v);
          }),
      );
      if (!row) throw new PriceNotFound(`no price for ${describeQuery(query)}`);
      const tiers = typeof row.price === "string" ? [[0, row.price] as [number, string]] : row.price;
      return {
        unit: row.unit,
        tiers: tiers.map(([from, p], i) => ({ from: dec(from), to: i + 1 < tiers.length ? dec(tiers[i + 1]![0]) : null, unitPrice: dec(p) })),
        source: { kind: "snapshot", label: "test prices", asOf: "2026-07-20" },
      };
    },
  };
}

/** us-east-1 unit prices from the public AWS price list (see shared/prices/us-east-1-core.json). */
export const US_EAST_1: PriceRow[] = [
  { service: "AmazonEC2", productFamily: "Compute Instance", unit: "Hrs", price: "0.0416",
    attributes: { instanceType: "t3.medium", operatingSystem: "Linux", tenancy: "Shared", preInstalledSw: "NA", capacitystatus: "Used", licenseModel: "No License required", usagetype: "BoxUsage:t3.medium" } },
  { service: "AmazonEC2", productFamily: "Compute Instance", unit: "Hrs", price: "0.096",
    attributes: { instanceType: "m5.large", operatingSystem: "Linux", tenancy: "Shared", preInstalledSw: "NA", capacitystatus: "Used", licenseModel: "No License required", usagetype: "BoxUsage:m5.large" } },
  { service: "AmazonEC2", productFamily: "Storage", unit: "GB-Mo", price: "0.08", attributes: { volumeApiName: "gp3", usagetype: "EBS:VolumeUsage.gp3" } },
  { service: "AmazonEC2", productFamily: "Storage", unit: "GB-Mo", price: "0.10", attributes: { volumeApiName: "gp2", usagetype: "EBS:VolumeUsage.gp2" } },
  { service: "AmazonEC2", productFamily: "System Operation", unit: "IOPS-Mo", price: "0.005", attributes: { volumeApiName: "gp3", usagetype: "EBS:VolumeP-IOPS.gp3" } },
  { service: "AmazonEC2", productFamily: "Provisioned Throughput", unit: "GiBps-mo", price: "40.96", attributes: { volumeApiName: "gp3", usagetype: "EBS:VolumeP-Throughput.gp3" } },
  { service: "AmazonEC2", productFamily: "NAT Gateway", unit: "Hrs", price: "0.045", attributes: { usagetype: "NatGateway-Hours" } },
  { service: "AmazonEC2", productFamily: "NAT Gateway", unit: "GB", price: "0.045", attributes: { usagetype: "NatGateway-Bytes" } },
  { service: "AmazonVPC", unit: "Hrs", price: "0.005", attributes: { usagetype: "USE1-PublicIPv4:InUseAddress" } },
  { service: "AmazonVPC", unit: "Hrs", price: "0.005", attributes: { usagetype: "USE1-PublicIPv4:IdleAddress" } },
];
