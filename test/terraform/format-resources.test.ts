import { formatResources } from "../../src/terraform/format-resources.js";
import type { ResourceInstance } from "../../src/terraform/resource-instance.js";
import { Unknown } from "../../src/terraform/unknown.js";

const instances: ResourceInstance[] = [
  {
    address: 'module.app["eu"].aws_instance.web[0]',
    mode: "managed",
    type: "aws_instance",
    name: "web",
    module: 'module.app["eu"]',
    region: "eu-west-1",
    attributes: { instance_type: "t3.micro", ami: new Unknown("data.aws_ami.x.id is known only after apply", { address: "data.aws_ami.x", attribute: "id" }) },
    file: "modules/app/main.tf",
    line: 12,
    countUnknown: false,
  },
  {
    address: "aws_nat_gateway.nat[0]",
    mode: "managed",
    type: "aws_nat_gateway",
    name: "nat",
    module: "",
    region: new Unknown("the region of provider aws is not known"),
    attributes: {},
    file: "main.tf",
    line: 3,
    countUnknown: true,
  },
];

describe("formatResources", () => {
  it("writes JSON with unknown values as {unknown, reason}", () => {
    expect(JSON.parse(formatResources(instances, "json"))).toEqual([
      {
        address: 'module.app["eu"].aws_instance.web[0]',
        type: "aws_instance",
        region: "eu-west-1",
        module: 'module.app["eu"]',
        file: "modules/app/main.tf",
        line: 12,
        countUnknown: false,
        attributes: { instance_type: "t3.micro", ami: { unknown: true, reason: "data.aws_ami.x.id is known only after apply" } },
      },
      expect.objectContaining({ region: { unknown: true, reason: "the region of provider aws is not known" }, countUnknown: true }),
    ]);
  });

  it("writes an aligned table", () => {
    expect(formatResources(instances, "table")).toBe(
      [
        "ADDRESS                               REGION     DECLARED AT             NOTE",
        'module.app["eu"].aws_instance.web[0]  eu-west-1  modules/app/main.tf:12',
        "aws_nat_gateway.nat[0]                (unknown)  main.tf:3               count unknown: assumed 1",
        "",
      ].join("\n"),
    );
  });
});
