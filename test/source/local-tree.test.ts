import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { LocalTree } from "../../src/source/local-tree.js";
import { FileNotFoundError } from "../../src/source/source-tree.js";

describe("LocalTree", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "costgate-tree-"));
    await mkdir(path.join(root, "modules/vpc"), { recursive: true });
    await mkdir(path.join(root, ".terraform/modules"), { recursive: true });
    await writeFile(path.join(root, "main.tf"), 'resource "aws_vpc" "main" {}\n');
    await writeFile(path.join(root, "modules/vpc/main.tf"), "# vpc\n");
    await writeFile(path.join(root, ".terraform/modules/modules.json"), "{}");
  });

  it("lists files with posix paths, sorted, skipping .terraform", async () => {
    expect(await new LocalTree(root).list()).toEqual(["main.tf", "modules/vpc/main.tf"]);
  });

  it("reads a file and reports a missing one by path", async () => {
    const tree = new LocalTree(root);
    expect(await tree.read("modules/vpc/main.tf")).toBe("# vpc\n");
    await expect(tree.read("nope.tf")).rejects.toBeInstanceOf(FileNotFoundError);
    await expect(tree.read("modules")).rejects.toThrow("modules: no such file");
  });
});
