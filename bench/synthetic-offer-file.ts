import { createWriteStream } from "node:fs";
import { once } from "node:events";

/**
 * Writes an EC2-like bulk offer file of `products` products (3.2 KB each with terms, like
 * AWS's): products, then one on-demand and three reserved terms per SKU. A quarter of the
 * products are running Linux/Windows rows a snapshot keeps; the rest are reservations and
 * licence bundles it drops.
 */
export async function writeSyntheticOfferFile(file: string, products: number): Promise<void> {
  const out = createWriteStream(file);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, "drain");
  };
  const sku = (i: number) => `SKU${String(i).padStart(12, "0")}`;
  const term = (id: string, code: string, price: string, termAttributes = {}) => ({
    [`${id}.${code}`]: { offerTermCode: code, sku: id, effectiveDate: "2026-03-01T00:00:00Z", termAttributes, priceDimensions: { [`${id}.${code}.6YS6EN2CT7`]: { rateCode: `${id}.${code}.6YS6EN2CT7`, description: `$${price} per Instance Hour`, beginRange: "0", endRange: "Inf", unit: "Hrs", pricePerUnit: { USD: price }, appliesTo: [] } } },
  });
  const section = async (open: string, each: (i: number) => string) => {
    await write(open);
    for (let i = 0; i < products; i++) await write(`${i ? "," : ""}"${sku(i)}":${each(i)}`);
  };
  await write('{"formatVersion":"v1.0","disclaimer":"synthetic","offerCode":"AmazonEC2","version":"20260320042925","publicationDate":"2026-03-20T04:29:25Z",');
  await section('"products":{', (i) =>
    JSON.stringify({
      sku: sku(i),
      productFamily: "Compute Instance",
      attributes: {
        servicecode: "AmazonEC2", location: "US East (N. Virginia)", locationType: "AWS Region", regionCode: "us-east-1", instanceType: `m${i % 97}.large`, currentGeneration: "Yes",
        instanceFamily: "General purpose", vcpu: "2", physicalProcessor: "Intel Xeon Platinum 8175", clockSpeed: "3.1 GHz", memory: "8 GiB", storage: "EBS only", networkPerformance: "Up to 10 Gigabit",
        processorArchitecture: "64-bit", tenancy: i % 3 ? "Shared" : "Dedicated", operatingSystem: ["Linux", "Windows", "RHEL", "SUSE"][i % 4], licenseModel: "No License required",
        usagetype: `BoxUsage:m${i % 97}.large`, operation: "RunInstances", capacitystatus: i % 2 ? "Used" : "UnusedCapacityReservation", preInstalledSw: i % 4 < 2 ? "NA" : "SQL Std",
        marketoption: "OnDemand", ecu: "10", normalizationSizeFactor: "4", processorFeatures: "Intel AVX; Intel AVX2; Intel AVX512; Intel Turbo", dedicatedEbsThroughput: "Up to 4750 Mbps",
      },
    }),
  );
  await section('},"terms":{"OnDemand":{', (i) => JSON.stringify(term(sku(i), "JRTCKXETXF", "0.0960000000")));
  await section('},"Reserved":{', (i) =>
    JSON.stringify({
      ...term(sku(i), "4NA7Y494T4", "0.0600000000", { LeaseContractLength: "1yr", OfferingClass: "standard", PurchaseOption: "No Upfront" }),
      ...term(sku(i), "6QCMYABX3D", "0.0000000000", { LeaseContractLength: "1yr", OfferingClass: "standard", PurchaseOption: "All Upfront" }),
      ...term(sku(i), "HU7G6KETJZ", "0.0300000000", { LeaseContractLength: "1yr", OfferingClass: "standard", PurchaseOption: "Partial Upfront" }),
    }),
  );
  await write("}}}");
  out.end();
  await once(out, "finish");
}
