import type { ProjectBreakdown } from "../../src/estimate/breakdown-types.js";
import { priceTable, type PriceRow } from "../helpers/price-table.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

const resource = (b: ProjectBreakdown, address: string) => b.resources.find((r) => r.address === address)!;

/** AWS Fargate pricing, US East (N. Virginia): per vCPU-hour and per GB-hour. */
const fargate = (usagetype: string, price: string): PriceRow => ({ service: "AmazonECS", productFamily: "Compute", unit: "hours", price, attributes: { usagetype } });
const FARGATE_US_EAST_1: PriceRow[] = [
  fargate("USE1-Fargate-ARM-vCPU-Hours:perCPU", "0.03238"),
  fargate("USE1-Fargate-ARM-GB-Hours", "0.00356"),
  fargate("USE1-Fargate-EphemeralStorage-GB-Hours", "0.000111"),
  fargate("USE1-Fargate-Windows-vCPU-Hours:perCPU", "0.046552"),
  fargate("USE1-Fargate-Windows-GB-Hours", "0.00511175"),
  fargate("USE1-Fargate-Windows-OS-Hours:perCPU", "0.046"),
];

describe("aws_ecs_service", () => {
  let breakdown: ProjectBreakdown;
  beforeAll(async () => {
    breakdown = await estimateFixture("aws_ecs_service");
  });

  it("prices Fargate tasks as desired_count x the task definition's vCPU and memory", () => {
    expect(costs(breakdown, "aws_ecs_service.api")).toEqual([
      ["Fargate vCPU (Linux/x86)", "44.3256"], // 3 tasks x 730 h x 512/1024 vCPU x 0.04048
      ["Fargate memory (Linux/x86)", "9.73455"], // 3 tasks x 730 h x 1024/1024 GB x 0.004445
    ]);
  });

  it("splits a capacity provider strategy: the base first, the rest by weight; Fargate Spot is unknown", () => {
    const workers = resource(breakdown, "aws_ecs_service.workers");
    expect(costs(breakdown, "aws_ecs_service.workers")).toEqual([
      ["Fargate vCPU (Linux/x86)", "29.5504"], // (1 + 4 x 1/4) = 2 tasks x 730 x 0.5 x 0.04048
      ["Fargate memory (Linux/x86)", "6.4897"], // 2 tasks x 730 x 1 GB x 0.004445
      ["Fargate Spot tasks (3)", null],
    ]);
    expect(workers.status).toBe("unknown");
    expect(workers.reason).toContain("Fargate Spot prices change with demand and are not in the AWS Price List");
  });

  it("costs nothing itself on EC2 capacity", () => {
    const r = resource(breakdown, "aws_ecs_service.on_ec2");
    expect([r.status, r.components.length]).toEqual(["priced", 0]);
  });

  it("is unknown when the task definition is not in the configuration", () => {
    expect(resource(breakdown, "aws_ecs_service.external_task").reason).toBe("task_definition is unknown: the task definition is not a resource in this configuration");
  });

  it("says ARM and Windows Fargate prices are missing from the snapshot, never $0", () => {
    for (const address of ["aws_ecs_service.graviton", "aws_ecs_service.windows"]) {
      const r = resource(breakdown, address);
      expect(r.status).toBe("unknown");
      expect(r.monthlyCost).toBeNull();
      expect(r.components.every((c) => /^no bundled price for .*configure AWS credentials for live prices$/.test(c.unknownReason ?? ""))).toBe(true);
    }
  });

  it("prices ARM tasks with ephemeral storage above 20 GB, and Windows tasks with the OS licence", async () => {
    const b = await estimateFixture("aws_ecs_service", { prices: priceTable(FARGATE_US_EAST_1) });
    expect(costs(b, "aws_ecs_service.graviton")).toEqual([
      ["Fargate vCPU (Linux/ARM)", "47.2748"], // 2 tasks x 730 h x 1 vCPU x 0.03238
      ["Fargate memory (Linux/ARM)", "10.3952"], // 2 x 730 x 2 GB x 0.00356
      ["Fargate ephemeral storage (above 20 GB)", "4.8618"], // 2 x 730 x (50 - 20) GB x 0.000111
    ]);
    expect(costs(b, "aws_ecs_service.windows")).toEqual([
      ["Fargate vCPU (Windows)", "33.98296"], // 1 task x 730 h x 1 vCPU x 0.046552
      ["Fargate memory (Windows)", "7.463155"], // 730 x 2 GB x 0.00511175
      ["Fargate Windows OS licence", "33.58"], // 730 x 1 vCPU x 0.046
    ]);
  });
});
