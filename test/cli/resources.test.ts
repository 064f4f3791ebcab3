import { costgate } from "./run-cli.js";

describe("costgate resources", () => {
  it("lists the evaluated instances as JSON, with unknowns marked and their reason", async () => {
    const { code, stdout, stderr } = await costgate("resources", "--path", "fixtures/demo/head/envs/prod", "--format", "json");
    expect([code, stderr]).toEqual([0, ""]);
    const instances = JSON.parse(stdout);
    expect(instances.map((i: { address: string }) => i.address)).toEqual([
      "aws_vpc.main",
      "aws_subnet.public[0]",
      "aws_subnet.public[1]",
      "aws_subnet.private[0]",
      "aws_subnet.private[1]",
      "aws_eip.nat[0]",
      "aws_eip.nat[1]",
      "aws_nat_gateway.main[0]",
      "aws_nat_gateway.main[1]",
      "aws_db_instance.app",
      "aws_ebs_volume.reports",
      "aws_cloudwatch_dashboard.main",
      "module.web.aws_instance.web[0]",
      "module.web.aws_instance.web[1]",
      "module.web.aws_instance.web[2]",
      "module.web.aws_instance.web[3]",
      "module.web.aws_lb.web",
    ]);
    const web3 = instances.find((i: { address: string }) => i.address === "module.web.aws_instance.web[3]");
    expect(web3).toMatchObject({
      type: "aws_instance",
      region: "us-east-1",
      module: "module.web",
      file: "fixtures/demo/head/modules/web-tier/main.tf",
      line: 24,
      countUnknown: false,
      attributes: {
        instance_type: "m5.large", // from terraform.tfvars through the module input
        root_block_device: [{ volume_type: "gp3", volume_size: 30, encrypted: true }],
        tags: { Name: "acme-prod-web-3" },
        subnet_id: { unknown: true, reason: expect.stringContaining("aws_subnet.public[1].id") },
      },
    });
    const db = instances.find((i: { address: string }) => i.address === "aws_db_instance.app");
    expect(db.attributes).toMatchObject({ instance_class: "db.m5.large", multi_az: true, allocated_storage: 100, engine: "postgres" });
  });

  it("applies --var over tfvars, as terraform does", async () => {
    const { stdout } = await costgate("resources", "--path", "fixtures/demo/head/envs/prod", "--format", "json", "--var", "web_instance_count=1", "--var", "region=eu-west-1");
    const instances = JSON.parse(stdout);
    expect(instances.filter((i: { type: string }) => i.type === "aws_instance").map((i: { address: string; region: string }) => [i.address, i.region])).toEqual([
      ["module.web.aws_instance.web[0]", "eu-west-1"],
    ]);
  });
});
