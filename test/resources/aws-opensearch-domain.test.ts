import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

const FIXTURE = "aws_opensearch_domain";

describe("aws_opensearch_domain and aws_elasticsearch_domain with the bundled prices", () => {
  it("bills data nodes, dedicated masters (3 by default) and each data node's volume", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_opensearch_domain.logs")).toEqual([
      ["Instance (on-demand, r6g.large.search x 3)", "365.73"], // 3 x 0.167 x 730
      ["Dedicated master (on-demand, m5.large.search x 3)", "310.98"], // 3 x 0.142 x 730
      ["Storage (gp2, 100 GB x 3 nodes)", "40.5"], // 3 nodes x 100 GB x 0.135
    ]);
  });

  it("defaults to one m4.large.search node without EBS", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_opensearch_domain.defaults")).toEqual([["Instance (on-demand, m4.large.search)", "110.23"]]); // 0.151 x 730
  });

  it("prices an Elasticsearch domain's .elasticsearch type as the .search type, in eu-west-1", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_elasticsearch_domain.legacy")).toEqual([["Instance (on-demand, c4.2xlarge.search x 2)", "975.28"]]); // 2 x 0.668 x 730
  });

  it("leaves gp3 storage the snapshot lacks unknown but prices the instances", async () => {
    const domain = (await estimateFixture(FIXTURE)).resources.find((r) => r.address === "aws_opensearch_domain.gp3")!;
    expect(domain.status).toBe("unknown");
    expect(domain.components.find((c) => c.name.startsWith("Storage"))?.unknownReason).toBe(
      "no bundled price for GP3 (AmazonES, Amazon OpenSearch Service Volume) in us-east-1; configure AWS credentials for live prices",
    );
    expect(domain.monthlyCost?.toString()).toBe("544.58"); // 2 x 0.135 x 730 + 2 UltraWarm x 0.238 x 730
  });
});

const GP3_ROWS: PriceRow[] = [
  { service: "AmazonES", productFamily: "Amazon OpenSearch Service Instance", unit: "Hrs", price: "0.135", attributes: { instanceType: "m7g.large.search", usagetype: "ESInstance:m7g.large" } },
  { service: "AmazonES", productFamily: "Amazon OpenSearch Service Instance", unit: "Hrs", price: "0.238", attributes: { instanceType: "ultrawarm1.medium.search", usagetype: "ESInstance:ultrawarm1.medium" } },
  // gp3 storage, US East (N. Virginia): $0.122 per GB-month (OpenSearch Service pricing page).
  { service: "AmazonES", productFamily: "Amazon OpenSearch Service Volume", unit: "GB-Mo", price: "0.122", attributes: { storageMedia: "GP3", usagetype: "ES:GP3-Storage" } },
  // Illustrative IOPS and throughput rates, to check the per-node arithmetic.
  { service: "AmazonES", productFamily: "Amazon OpenSearch Service Volume", unit: "IOPS-Mo", price: "0.008", attributes: { storageMedia: "GP3-PIOPS-Storage" } },
  { service: "AmazonES", productFamily: "Amazon OpenSearch Service Volume", unit: "MiBps-Mo", price: "0.064", attributes: { storageMedia: "GP3-ThroughPut-Storage" } },
];

describe("aws_opensearch_domain gp3 storage with prices the snapshot lacks", () => {
  it("bills storage, IOPS above 3,000 and throughput above the size's baseline on every data node", async () => {
    expect(costs(await estimateFixture(FIXTURE, { prices: priceTable(GP3_ROWS) }), "aws_opensearch_domain.gp3")).toEqual([
      ["Instance (on-demand, m7g.large.search x 2)", "197.1"], // 2 x 0.135 x 730
      ["UltraWarm instance (on-demand, ultrawarm1.medium.search x 2)", "347.48"], // 2 x 0.238 x 730
      ["Storage (gp3, 500 GB x 2 nodes)", "122"], // 2 x 500 GB x 0.122
      ["Provisioned IOPS (above 3,000 x 2 nodes)", "16"], // 2 x (4,000 - 3,000) x 0.008
      ["Provisioned throughput (above 250 MiBps x 2 nodes)", "6.4"], // 500 GB includes 250 MiB/s: 2 x (300 - 250) x 0.064
    ]);
  });
});
