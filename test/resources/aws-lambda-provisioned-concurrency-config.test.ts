import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";
import { gap, noBundledPrice, resourceOf } from "./usage-fixture-helpers.js";

/** aws.amazon.com/lambda/pricing, us-east-1 x86: provisioned concurrency $0.0000041667 and its duration $0.0000097222 per GB-second. */
const PROVISIONED: PriceRow[] = [
  { service: "AWSLambda", productFamily: "Serverless", unit: "Lambda-GB-Second", price: "0.0000041667", attributes: { group: "AWS-Lambda-Provisioned-Concurrency", usagetype: "Lambda-Provisioned-Concurrency" } },
  { service: "AWSLambda", productFamily: "Serverless", unit: "Lambda-GB-Second", price: "0.0000097222", attributes: { group: "AWS-Lambda-Duration-Provisioned", usagetype: "Lambda-Provisioned-GB-Second" } },
];

describe("aws_lambda_provisioned_concurrency_config", () => {
  it("bills provisioned GB-seconds for the hours enabled and the duration of the requests served", async () => {
    const breakdown = await estimateFixture("aws_lambda_provisioned_concurrency_config", { prices: priceTable(PROVISIONED) });
    expect(costs(breakdown, "aws_lambda_provisioned_concurrency_config.checkout")).toEqual([
      ["Provisioned concurrency (x86_64, 10 x 1024 MB)", "54.000432"], // 10 x 1 GB x 360 h x 3600 s = 12,960,000 GB-s x 0.0000041667
      ["Duration (provisioned)", "6.80554"], // 2M x 1 GB x 0.35 s = 700,000 GB-s x 0.0000097222
    ]);
  });

  it("follows a reference to the function's arn for its memory, enabled all month by default", async () => {
    const breakdown = await estimateFixture("aws_lambda_provisioned_concurrency_config", { prices: priceTable(PROVISIONED) });
    expect(costs(breakdown, "aws_lambda_provisioned_concurrency_config.by_arn")).toEqual([
      ["Provisioned concurrency (x86_64, 2 x 1024 MB)", "21.9001752"], // 2 x 1 GB x 730 h x 3600 s = 5,256,000 GB-s x 0.0000041667
      ["Duration (provisioned)", null],
    ]);
  });

  it("asks for the memory when the function is known only by name", async () => {
    const breakdown = await estimateFixture("aws_lambda_provisioned_concurrency_config", { prices: priceTable(PROVISIONED) });
    expect(resourceOf(breakdown, "aws_lambda_provisioned_concurrency_config.elsewhere")).toMatchObject({
      status: "unknown",
      reason: 'Provisioned concurrency (x86_64, 5 x ? MB): the memory of function "search-api" is not known from its name alone: set memory_mb in the usage file',
    });
  });

  it("is unknown with the snapshot, which has no provisioned concurrency price", async () => {
    const breakdown = await estimateFixture("aws_lambda_provisioned_concurrency_config");
    expect(gap(breakdown, "aws_lambda_provisioned_concurrency_config.by_arn", "Provisioned concurrency (x86_64, 2 x 1024 MB)")).toBe(
      noBundledPrice("AWS-Lambda-Provisioned-Concurrency (AWSLambda, Serverless)", "us-east-1"),
    );
    expect(resourceOf(breakdown, "aws_lambda_provisioned_concurrency_config.by_arn").monthlyCost).toBeNull();
  });
});
