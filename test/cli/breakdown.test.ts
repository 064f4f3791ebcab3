import { costgate } from "./run-cli.js";

describe("costgate breakdown", () => {
  it("prices a t3.medium with a 30 GB gp3 root volume in us-east-1 at $32.77 a month", async () => {
    const { code, stdout, stderr } = await costgate("breakdown", "--path", "fixtures/cli/t3-medium");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    // 0.0416 $/h x 730 h = 30.368 -> $30.37; 30 GB x 0.08 $/GB-month = $2.40
    expect(stdout).toMatch(/Instance usage \(Linux\/UNIX, on-demand, t3\.medium\)\s+730\s+hours\s+\$0\.0416\s+\$30\.37/);
    expect(stdout).toMatch(/root_block_device: Storage \(gp3\)\s+30\s+GB\s+\$0\.08\s+\$2\.40/);
    expect(stdout).toContain("fixtures/cli/t3-medium total: $32.77 a month");
    expect(stdout).toContain("1 resources: 1 priced, 0 free, 0 unsupported, 0 unknown");
  });

  it("prints JSON in the version 1 contract, with exact numbers", async () => {
    const { code, stdout } = await costgate("breakdown", "--path", "fixtures/cli/t3-medium", "--format", "json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ version: 1, currency: "USD", totalMonthlyCost: 32.768 });
    const [resource] = json.projects[0].resources;
    expect(resource).toMatchObject({ address: "aws_instance.app", type: "aws_instance", region: "us-east-1", status: "priced", monthlyCost: 32.768, reason: null });
    expect(resource.components.find((c: { name: string }) => c.name === "Storage (gp3)")).toEqual({
      name: "Storage (gp3)", subresource: "root_block_device", unit: "GB", monthlyQuantity: 30, price: 0.08, monthlyCost: 2.4, usageBased: false,
      priceSource: expect.stringMatching(/\(\d{4}-\d{2}-\d{2}\)$/),
    });
  });

  it("fails with exit code 1 and names the file and line of a syntax error", async () => {
    const { code, stderr } = await costgate("breakdown", "--path", "fixtures/cli/syntax-error");
    expect(code).toBe(1);
    expect(stderr).toMatch(/fixtures\/cli\/syntax-error\/main\.tf:7:\d+: Invalid expression/);
  });

  it.each([
    [["breakdown"], "--path is required"],
    [["breakdown", "--path", "fixtures/nope"], "--path fixtures/nope: no such directory"],
    [["breakdown", "--path", "fixtures/cli/t3-medium", "--format", "xml"], '--format must be one of table, json; got "xml"'],
    [["breakdown", "--path", "fixtures/cli/t3-medium", "--bogus"], "Unknown option '--bogus'"],
    [["estimate"], 'unknown command "estimate"'],
  ])("exits 2 on a usage error: %j", async (argv, message) => {
    const { code, stdout, stderr } = await costgate(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
  });
});
