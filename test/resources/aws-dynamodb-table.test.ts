import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

const FIXTURE = "aws_dynamodb_table";

describe("aws_dynamodb_table with the bundled prices", () => {
  it("bills provisioned capacity of the table and its indexes, storage and PITR from usage", async () => {
    const breakdown = await estimateFixture(FIXTURE);
    const local = costs(breakdown, "aws_dynamodb_table.orders").filter(([name]) => !name.startsWith("replica"));
    expect(local).toEqual([
      ["Write capacity unit (WCU)", "7.1175"], // (10 + 5 GSI) WCU x 730 h x 0.00065
      ["Read capacity unit (RCU)", "2.3725"], // (20 + 5 GSI) RCU x 730 h x 0.00013
      ["Data storage", "10"], // 40 GB x 0.25
      ["Point-in-time recovery (PITR) backup storage", "8"], // 40 GB x 0.20
      ["On-demand backup storage", null],
      ["Table data restored", null],
    ]);
  });

  it("says which replica prices the snapshot lacks", async () => {
    const orders = (await estimateFixture(FIXTURE)).resources.find((r) => r.address === "aws_dynamodb_table.orders")!;
    expect(orders.status).toBe("unknown");
    expect(orders.components.find((c) => c.name.startsWith("Replicated"))?.unknownReason).toBe(
      "no bundled price for DDB-ReplicatedWriteUnits (AmazonDynamoDB, DDB-Operation-ReplicatedWrite) in eu-west-1 " +
        "(the bundled snapshot has no AmazonDynamoDB prices for eu-west-1); configure AWS credentials for live prices",
    );
  });

  it("bills on-demand request units from usage", async () => {
    expect(costs(await estimateFixture(FIXTURE), "aws_dynamodb_table.events").slice(0, 3)).toEqual([
      ["Write request unit (WRU)", "1.875"], // 3M x 0.625 per 1M
      ["Read request unit (RRU)", "1"], // 8M x 0.125 per 1M
      ["Data storage", null],
    ]);
  });

  it("asks for the capacity of a provisioned table", async () => {
    const table = (await estimateFixture(FIXTURE)).resources.find((r) => r.address === "aws_dynamodb_table.missing_capacity")!;
    expect(table).toMatchObject({ status: "unknown", reason: "write_capacity is unknown: a PROVISIONED table needs it" });
  });
});

/** Europe (Ireland) provisioned prices, DynamoDB pricing page: WCU $0.000735/h, RCU $0.000147/h, replicated WCU $0.0011025/h. */
const REPLICA_ROWS: PriceRow[] = [
  { service: "AmazonDynamoDB", region: "eu-west-1", productFamily: "DDB-Operation-ReplicatedWrite", unit: "ReplicatedWriteCapacityUnit-Hrs", price: "0.0011025",
    attributes: { group: "DDB-ReplicatedWriteUnits", usagetype: "EU-ReplWriteCapacityUnit-Hrs" } },
  { service: "AmazonDynamoDB", region: "eu-west-1", productFamily: "Provisioned IOPS", unit: "ReadCapacityUnit-Hrs", price: "0.000147",
    attributes: { group: "DDB-ReadUnits", usagetype: "EU-ReadCapacityUnit-Hrs" } },
];

describe("aws_dynamodb_table replicas with prices the snapshot lacks", () => {
  it("bills each replica region's replicated writes and reads at that region's price", async () => {
    const breakdown = await estimateFixture(FIXTURE, { prices: priceTable(REPLICA_ROWS) });
    expect(costs(breakdown, "aws_dynamodb_table.orders").filter(([name]) => name.startsWith("replica"))).toEqual([
      ["replica (eu-west-1): Replicated write capacity unit (rWCU)", "12.072375"], // 15 rWCU x 730 h x 0.0011025
      ["replica (eu-west-1): Read capacity unit (RCU)", "2.68275"], // 25 RCU x 730 h x 0.000147
    ]);
  });
});
