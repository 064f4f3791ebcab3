import { estimateProject } from "../../src/estimate/estimate-project.js";
import { parseUsageFile } from "../../src/estimate/usage-file.js";
import { dec } from "../../src/shared/decimal.js";
import { Unknown } from "../../src/terraform/unknown.js";
import { instance } from "../helpers/instances.js";
import { priceTable, US_EAST_1 } from "../helpers/price-table.js";

const project = { name: "app", path: "app" };

describe("estimateProject", () => {
  it("prices a t3.medium with a 30 GB gp3 root volume at 32.768 USD a month (730 h)", async () => {
    const prices = priceTable(US_EAST_1);
    const web = instance("aws_instance.web", { instance_type: "t3.medium", root_block_device: [{ volume_size: 30, volume_type: "gp3" }] });
    const breakdown = await estimateProject({ project, instances: [web], prices });
    const [resource] = breakdown.resources;
    expect(resource!.status).toBe("priced");
    // 0.0416 $/h x 730 h = 30.368; 30 GB x 0.08 $/GB-Mo = 2.40; t3 CPU credits depend on usage
    expect(resource!.components.map((c) => [c.name, c.monthlyCost?.toString()])).toEqual([
      ["Instance usage (Linux/UNIX, on-demand, t3.medium)", "30.368"],
      ["CPU credits", undefined],
      ["Storage (gp3)", "2.4"],
    ]);
    expect(breakdown.totalMonthlyCost.toString()).toBe("32.768");
  });

  it("bills gp3 IOPS and throughput above the included baseline, throughput per MiB/s", async () => {
    const prices = priceTable(US_EAST_1);
    const data = instance("aws_ebs_volume.data", { type: "gp3", size: 100, iops: 4000, throughput: 250 });
    const breakdown = await estimateProject({ project, instances: [data], prices });
    // 100 x 0.08 = 8; (4000-3000) x 0.005 = 5; (250-125) MiB/s x 40.96/1024 = 5
    expect(breakdown.resources[0]!.components.map((c) => c.monthlyCost?.toString())).toEqual(["8", "5", "5"]);
    expect(breakdown.resources[0]!.components[2]!.price!.toString()).toBe("0.04");
  });

  it("marks free, unsupported and unknown resources, and never counts them as a silent 0", async () => {
    const prices = priceTable(US_EAST_1);
    const breakdown = await estimateProject({
      project,
      prices,
      instances: [
        instance("aws_vpc.main", { cidr_block: "10.0.0.0/16" }),
        instance("aws_foo_bar.x"),
        instance("aws_instance.app", { instance_type: new Unknown("var.size has no value") }),
        instance("aws_instance.eu", { instance_type: "t3.medium" }, { region: new Unknown("var.region has no value") }),
      ],
    });
    expect(breakdown.resources.map((r) => [r.address, r.status, r.monthlyCost?.toString() ?? null, r.reason])).toEqual([
      ["aws_foo_bar.x", "unsupported", null, "aws_foo_bar is not priced by Costgate yet"],
      ["aws_instance.app", "unknown", null, "instance_type is unknown: var.size has no value"],
      ["aws_instance.eu", "unknown", null, "region is unknown: var.region has no value"],
      ["aws_vpc.main", "free", "0", null],
    ]);
    expect(breakdown.totalMonthlyCost.toString()).toBe("0");
  });

  it("keeps the known part of a resource whose other component has no price, and says why", async () => {
    const prices = priceTable(US_EAST_1.filter((r) => r.attributes.volumeApiName !== "gp2"));
    const web = instance("aws_instance.web", { instance_type: "m5.large" });
    const [resource] = (await estimateProject({ project, instances: [web], prices })).resources;
    expect(resource!.status).toBe("unknown");
    expect(resource!.monthlyCost!.toString()).toBe("70.08"); // 0.096 x 730
    expect(resource!.reason).toMatch(/^Storage \(gp2\): no price for gp2 \(AmazonEC2, Storage\) in us-east-1/);
  });

  it("shows usage-based components without usage as a unit price with no quantity, counted as 0", async () => {
    const prices = priceTable(US_EAST_1);
    const [nat] = (await estimateProject({ project, instances: [instance("aws_nat_gateway.az1")], prices })).resources;
    expect(nat!.monthlyCost!.toString()).toBe("32.85"); // 0.045 x 730
    const data = nat!.components[1]!;
    expect([data.usageBased, data.monthlyQuantity, data.monthlyCost, data.price!.toString()]).toEqual([true, null, null, "0.045"]);
  });

  it("applies usage from a usage file by exact address and by [*] wildcard", async () => {
    const prices = priceTable(US_EAST_1);
    const { usage, diagnostics } = parseUsageFile(
      ["version: 0.1", "resource_usage:", '  aws_nat_gateway.az["a"]:', "    monthly_data_processed_gb: 1000", "  aws_nat_gateway.az[*]:", "    monthly_data_processed_gb: 10", ""].join("\n"),
      "usage.yml",
    );
    expect(diagnostics).toEqual([]);
    const breakdown = await estimateProject({ project, prices, usage, instances: [instance('aws_nat_gateway.az["a"]'), instance('aws_nat_gateway.az["b"]')] });
    expect(breakdown.resources.map((r) => r.components[1]!.monthlyCost?.toString())).toEqual(["45", "0.45"]);
  });

  it("refuses a price in another unit than the model expects, rather than multiply the wrong thing", async () => {
    const prices = priceTable(US_EAST_1.map((r) => (r.attributes.usagetype === "USE1-PublicIPv4:InUseAddress" ? { ...r, unit: "GB" } : r)));
    const [eip] = (await estimateProject({ project, instances: [instance("aws_eip.nat")], prices })).resources;
    expect([eip!.status, eip!.monthlyCost]).toEqual(["unknown", null]);
    expect(eip!.reason).toBe("Public IPv4 address: the price found is per GB, expected per Hrs (test prices (2026-07-20))");
  });

  it("does not bill a quantity beyond the last tier the price data has at nothing", async () => {
    const prices = priceTable([{ service: "AmazonEC2", productFamily: "NAT Gateway", unit: "GB", price: [[0, "0.05"]], attributes: { usagetype: "NatGateway-Bytes" } }, ...US_EAST_1]);
    prices.price = ((original) => async (q) => {
      const p = await original(q);
      return q.attributes.some((a) => "regex" in a && a.regex.includes("NatGateway-Bytes")) ? { ...p, tiers: [{ ...p.tiers[0]!, to: dec(10240) }] } : p;
    })(prices.price);
    const { usage } = parseUsageFile("version: 0.1\nresource_usage:\n  aws_nat_gateway.x:\n    monthly_data_processed_gb: 20000\n", "usage.yml");
    const [nat] = (await estimateProject({ project, usage, instances: [instance("aws_nat_gateway.x")], prices })).resources;
    const data = nat!.components[1]!;
    expect([data.monthlyCost, nat!.status]).toEqual([null, "unknown"]);
    expect(data.unknownReason).toBe("the price data ends at 10240 GB and 9760 more would be billed at a rate it does not have (test prices (2026-07-20))");
  });

  it("applies tiered prices tier by tier to the monthly quantity", async () => {
    const prices = priceTable([{ service: "AmazonEC2", productFamily: "NAT Gateway", unit: "Hrs", price: [[0, "0.05"], [500, "0.01"]], attributes: { usagetype: "NatGateway-Hours" } }, ...US_EAST_1]);
    const [nat] = (await estimateProject({ project, instances: [instance("aws_nat_gateway.x")], prices })).resources;
    // 500 h x 0.05 + 230 h x 0.01 = 27.3
    expect(nat!.components[0]!.monthlyCost).toEqual(dec("27.3"));
  });
});
