import type { ProjectBreakdown } from "../../src/estimate/breakdown-types.js";
import { inExtendedSupport } from "../../src/resources/aws/shared/eks-versions.js";
import { evaluationDate } from "../../src/resources/aws/shared/evaluation-date.js";
import { costs, estimateFixture } from "./estimate-fixture.js";

const resource = (b: ProjectBreakdown, address: string) => b.resources.find((r) => r.address === address)!;

describe("aws_eks_cluster", () => {
  const saved = process.env.COSTGATE_EVALUATION_DATE;
  afterEach(() => {
    if (saved === undefined) delete process.env.COSTGATE_EVALUATION_DATE;
    else process.env.COSTGATE_EVALUATION_DATE = saved;
  });

  async function estimateOn(date: string): Promise<ProjectBreakdown> {
    process.env.COSTGATE_EVALUATION_DATE = date;
    return estimateFixture("aws_eks_cluster");
  }

  it("bills the cluster hour, plus the extended support surcharge past the end of standard support", async () => {
    const b = await estimateOn("2026-07-20");
    expect(costs(b, "aws_eks_cluster.current")).toEqual([["EKS cluster", "73"]]); // 1.33 in standard support: 0.10 x 730
    expect(costs(b, "aws_eks_cluster.old")).toEqual([
      ["EKS cluster", "73"],
      ["Extended support", "365"], // 1.32 ended standard support 2026-03-23: 0.50 x 730 on top
    ]);
  });

  it("starts billing extended support on the day standard support ends (UTC)", async () => {
    expect(costs(await estimateOn("2026-07-28"), "aws_eks_cluster.current")).toHaveLength(1);
    expect(costs(await estimateOn("2026-07-29"), "aws_eks_cluster.current")).toContainEqual(["Extended support", "365"]);
  });

  it("bills no extended support with upgrade_policy STANDARD, nor without a version (EKS's current default)", async () => {
    const b = await estimateOn("2026-07-20");
    expect(costs(b, "aws_eks_cluster.standard_only")).toEqual([["EKS cluster", "73"]]);
    expect(costs(b, "aws_eks_cluster.default_version")).toEqual([["EKS cluster", "73"]]);
  });

  it("prices the cluster hour and leaves extended support unknown when the version is unknown", async () => {
    const r = resource(await estimateOn("2026-07-20"), "aws_eks_cluster.looked_up");
    expect(r.status).toBe("unknown");
    expect(r.monthlyCost?.toString()).toBe("73");
    expect(r.reason).toMatch(/^Extended support: version is unknown: data\.aws_eks_cluster_versions\.latest/);
  });
});

describe("EKS release calendar", () => {
  it.each([
    ["1.29", "2025-03-22", false],
    ["1.29", "2025-03-23", true],
    ["1.29.3", "2025-03-23", true],
    ["1.22", "2020-01-01", true], // older than the calendar: past every window
    ["1.40", "2026-07-20", false], // newer than the calendar: in its first 14 months
    ["2.0", "2026-07-20", undefined],
    ["latest", "2026-07-20", undefined],
  ])("%s on %s in extended support: %s", (version, date, expected) => {
    expect(inExtendedSupport(version, date)).toBe(expected);
  });

  it("reads a pinned evaluation date and rejects a malformed one", () => {
    expect(evaluationDate({ COSTGATE_EVALUATION_DATE: "2026-07-20" })).toBe("2026-07-20");
    expect(evaluationDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => evaluationDate({ COSTGATE_EVALUATION_DATE: "20/07/2026" })).toThrow('COSTGATE_EVALUATION_DATE must be a date like 2026-07-20, got "20/07/2026"');
  });
});
