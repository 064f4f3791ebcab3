import { evaluateProject } from "../../../src/terraform/evaluate-project.js";
import { defaultProject } from "../../../src/terraform/project.js";
import { memoryTree } from "../memory-tree.js";
import { fixtureFunctions } from "../test-functions.js";
import { run } from "./run.js";

describe("files read by functions", () => {
  const files = {
    "envs/prod/main.tf": `
module "web" {
  source = "../../modules/web"
  port   = 8080
}
resource "aws_iam_policy" "p" { policy = file("\${path.module}/policy.json") }
`,
    "envs/prod/policy.json": '{"Version":"2012-10-17"}',
    "modules/web/main.tf": `
variable "port" {}
resource "aws_instance" "web" {
  user_data = templatefile("\${path.module}/init.sh.tftpl", { port = var.port, names = ["a", "b"] })
}
`,
    "modules/web/init.sh.tftpl": "#!/bin/sh\n%{ for n in names ~}\necho ${n}:${port}\n%{ endfor ~}\n",
    "modules/web/unused.txt": "never read",
  };

  it("loads what file() and templatefile() need, relative to the module, and evaluates again", async () => {
    const tree = memoryTree(files);
    const r = await evaluateProject(tree, defaultProject("envs/prod"), { functions: fixtureFunctions });
    expect(r.diagnostics).toEqual([]);
    expect(r.instances.find((i) => i.type === "aws_iam_policy")!.attributes.policy).toBe('{"Version":"2012-10-17"}');
    expect(r.instances.find((i) => i.type === "aws_instance")!.attributes.user_data).toBe("#!/bin/sh\necho a:8080\necho b:8080\n");
    expect(tree.reads).not.toContain("modules/web/unused.txt");
    expect(new Set(tree.reads).size).toBe(tree.reads.length);
  });
});

describe("files Costgate cannot parse", () => {
  it("reports HashiCorp's own message and position, and evaluates the other files", async () => {
    const r = await run({
      "bad.tf": 'resource "aws_instance" "a" {\n  instance_type =\n}\n',
      "good.tf": 'resource "aws_instance" "b" {\n  instance_type = "t3.micro"\n}\n',
    });
    expect(r.errors).toEqual([
      {
        severity: "error",
        summary: "Invalid expression",
        detail: "Expected the start of an expression, but found an invalid expression token.",
        range: { file: "bad.tf", start: { line: 2, column: 18 }, end: { line: 3, column: 1 } },
      },
    ]);
    expect(r.byAddress("aws_instance.b").attributes.instance_type).toBe("t3.micro");
  });
});
