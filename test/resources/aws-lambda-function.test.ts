import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";
import { gap, noBundledPrice, resourceOf, unitPrices } from "./usage-fixture-helpers.js";

/**
 * Public AWS Lambda prices (aws.amazon.com/lambda/pricing): requests $0.20 per 1M on x86 and
 * Arm; duration x86 $0.0000166667 / $0.000015 / $0.0000133334 per GB-second for the first 6B /
 * next 9B / over 15B, Arm $0.0000133334 / $0.000012 / $0.0000106667 at 7.5B / 11.25B / 18.75B;
 * ephemeral storage $0.0000000309 per GB-second. eu-west-1 charges the same.
 */
const LAMBDA: PriceRow[] = [
  ...(["us-east-1", "eu-west-1"] as const).flatMap((region): PriceRow[] => {
    const prefix = region === "eu-west-1" ? "EU-" : "";
    return [
      { service: "AWSLambda", region, productFamily: "Serverless", unit: "Requests", price: "0.0000002", attributes: { group: "AWS-Lambda-Requests", usagetype: `${prefix}Request` } },
      { service: "AWSLambda", region, productFamily: "Serverless", unit: "Requests", price: "0.0000002", attributes: { group: "AWS-Lambda-Requests-ARM", usagetype: `${prefix}Request-ARM` } },
      { service: "AWSLambda", region, productFamily: "Serverless", unit: "Lambda-GB-Second", price: [[0, "0.0000166667"], [6e9, "0.000015"], [15e9, "0.0000133334"]], attributes: { group: "AWS-Lambda-Duration", usagetype: `${prefix}Lambda-GB-Second` } },
      { service: "AWSLambda", region, productFamily: "Serverless", unit: "Lambda-GB-Second", price: [[0, "0.0000133334"], [7.5e9, "0.000012"], [18.75e9, "0.0000106667"]], attributes: { group: "AWS-Lambda-Duration-ARM", usagetype: `${prefix}Lambda-GB-Second-ARM` } },
      { service: "AWSLambda", region, productFamily: "Serverless", unit: "GB-Seconds", price: "0.0000000309", attributes: { group: "AWS-Lambda-Storage-Duration-ARM", usagetype: `${prefix}Lambda-Storage-Duration-ARM` } },
    ];
  }),
];

describe("aws_lambda_function", () => {
  it("shows the unit prices of a function without usage, never $0", async () => {
    const breakdown = await estimateFixture("aws_lambda_function");
    expect(costs(breakdown, "aws_lambda_function.hello")).toEqual([
      ["Requests", null],
      ["Duration (x86_64, 128 MB)", null],
    ]);
    expect(unitPrices(breakdown, "aws_lambda_function.hello")).toEqual([
      ["Requests", "0.2"], // $0.0000002 per request x 1M
      ["Duration (x86_64, 128 MB)", "0.0000166667"],
    ]);
    expect(resourceOf(breakdown, "aws_lambda_function.hello").components.every((c) => c.usageBased)).toBe(true);
  });

  it("bills requests and GB-seconds from usage, rounding the duration up to the millisecond", async () => {
    const breakdown = await estimateFixture("aws_lambda_function");
    expect(costs(breakdown, "aws_lambda_function.orders")).toEqual([
      ["Requests", "0.6"], // 3M requests x $0.20/1M
      ["Duration (x86_64, 512 MB)", "3.02500605"], // 3M x 0.5 GB x 0.121 s (120.4 ms -> 121) = 181,500 GB-s x 0.0000166667
    ]);
  });

  it("applies the duration tiers to the month's GB-seconds", async () => {
    const breakdown = await estimateFixture("aws_lambda_function", { usageFile: "fixtures/resources/aws_lambda_function/usage-over-6b-gb-seconds.yml" });
    expect(costs(breakdown, "aws_lambda_function.heavy")).toEqual([
      ["Requests", "200"], // 1B requests x $0.20/1M
      // 1B x 10 GB x 0.9 s = 9B GB-s: 6B x 0.0000166667 = 100,000.2 + 3B x 0.000015 = 45,000
      ["Duration (x86_64, 10240 MB)", "145000.2"],
    ]);
  });

  it("prices arm64 duration at the Graviton rate; the snapshot lacks Arm requests and ephemeral storage", async () => {
    const breakdown = await estimateFixture("aws_lambda_function");
    // 500k x 1 GB x 0.8 s = 400,000 GB-s x 0.0000133334
    expect(costs(breakdown, "aws_lambda_function.thumbnails")).toContainEqual(["Duration (arm64, 1024 MB)", "5.33336"]);
    expect(gap(breakdown, "aws_lambda_function.thumbnails", "Requests")).toBe(
      noBundledPrice("AWS-Lambda-Requests-ARM, Request-ARM (AWSLambda, Serverless)", "us-east-1"),
    );
    expect(resourceOf(breakdown, "aws_lambda_function.thumbnails").status).toBe("unknown");
  });

  it("prices Arm requests and ephemeral storage above 512 MB where the price list has them", async () => {
    const breakdown = await estimateFixture("aws_lambda_function", { prices: priceTable(LAMBDA) });
    expect(costs(breakdown, "aws_lambda_function.thumbnails")).toEqual([
      ["Requests", "0.1"], // 500k x $0.20/1M
      ["Duration (arm64, 1024 MB)", "5.33336"],
      ["Ephemeral storage (1536 MB above 512 MB)", "0.01854"], // 500k x 1.5 GB x 0.8 s = 600,000 GB-s x 0.0000000309
    ]);
  });

  it("prices a function in eu-west-1 through the region's usagetype prefix, and says the snapshot has no eu-west-1 Lambda prices", async () => {
    const live = await estimateFixture("aws_lambda_function", { prices: priceTable(LAMBDA) });
    expect(costs(live, "aws_lambda_function.reports")).toEqual([
      ["Requests", "0.02"], // 100k x $0.20/1M
      ["Duration (x86_64, 256 MB)", "0.4166675"], // 100k x 0.25 GB x 1 s = 25,000 GB-s x 0.0000166667
    ]);
    const snapshot = await estimateFixture("aws_lambda_function");
    expect(gap(snapshot, "aws_lambda_function.reports", "Requests")).toBe(
      "no bundled price for AWS-Lambda-Requests, Request (AWSLambda, Serverless) in eu-west-1 (the bundled snapshot has no AWSLambda prices for eu-west-1); configure AWS credentials for live prices",
    );
  });

  it("is unknown, with the reason, when the architecture is not known", async () => {
    const breakdown = await estimateFixture("aws_lambda_function");
    expect(resourceOf(breakdown, "aws_lambda_function.worker")).toMatchObject({
      status: "unknown",
      reason: "architectures[0] is unknown: var.worker_architecture has no value",
      monthlyCost: null,
    });
  });
});
