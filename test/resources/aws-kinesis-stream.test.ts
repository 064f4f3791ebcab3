import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

const FIXTURE = "aws_kinesis_stream";

const kinesis = (usagetype: string, unit: string, price: string): PriceRow =>
  ({ service: "AmazonKinesis", productFamily: "Kinesis Streams", unit, price, attributes: { usagetype: `USE1-${usagetype}` } });

/** Kinesis Data Streams, US East (N. Virginia) (Kinesis Data Streams pricing page). */
const KINESIS_ROWS: PriceRow[] = [
  kinesis("Storage-ShardHour", "ShardHour", "0.015"),
  kinesis("PutRequestPayloadUnits", "PutRequest", "0.000000014"), // $0.014 per 1M
  kinesis("Extended-ShardHour", "ShardHour", "0.02"),
  kinesis("OnDemand-StreamHour", "StreamHour", "0.04"),
  kinesis("OnDemand-BilledIncomingBytes", "GB", "0.08"),
  kinesis("OnDemand-BilledOutgoingBytes", "GB", "0.04"),
];

describe("aws_kinesis_stream", () => {
  it("bills provisioned shards, PUT payload units and retention beyond 24 hours per shard", async () => {
    expect(costs(await estimateFixture(FIXTURE, { prices: priceTable(KINESIS_ROWS) }), "aws_kinesis_stream.clicks")).toEqual([
      ["Shard hours (4 shards)", "43.8"], // 4 x 730 x 0.015
      ["PUT payload units", "0.091"], // 6.5M x 0.014 per 1M
      ["Extended retention (24 hours to 7 days)", "58.4"], // 72 h retention: 4 shards x 730 x 0.02
    ]);
  });

  it("bills an on-demand stream by the hour and its data from usage", async () => {
    expect(costs(await estimateFixture(FIXTURE, { prices: priceTable(KINESIS_ROWS) }), "aws_kinesis_stream.audit")).toEqual([
      ["On-demand stream hours", "29.2"], // 730 x 0.04
      ["Data ingested", "8"], // 100 GB x 0.08
      ["Data retrieved", "8"], // 200 GB x 0.04
    ]);
  });

  it("is unknown with the bundled snapshot, which has no Kinesis prices", async () => {
    const stream = (await estimateFixture(FIXTURE)).resources.find((r) => r.address === "aws_kinesis_stream.clicks")!;
    expect(stream.status).toBe("unknown");
    expect(stream.components[0]!.unknownReason).toBe(
      "no bundled price for Storage-ShardHour (AmazonKinesis, Kinesis Streams) in us-east-1 " +
        "(the bundled snapshot has no AmazonKinesis prices for us-east-1); configure AWS credentials for live prices",
    );
  });
});
