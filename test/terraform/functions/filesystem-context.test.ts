import { builtinFunctions, callFunction } from "../../../src/terraform/functions/index.js";
import { FileNotLoaded } from "../../../src/terraform/functions/function-types.js";
import { resolveSourcePath } from "../../../src/terraform/functions/source-path.js";
import { isUnknown } from "../../../src/terraform/unknown.js";
import type { Value } from "../../../src/terraform/value.js";
import { fakeContext } from "./fake-context.js";

// A monorepo: the root module in envs/prod calls ../../modules/app.
const files = {
  "envs/prod/main.tf": "",
  "modules/app/main.tf": "",
  "modules/app/user-data.sh.tftpl": "#!/bin/bash\necho ${env}\n",
  "modules/app/policies/s3.json": '{"Version":"2012-10-17"}',
  "modules/app/policies/ec2.json": "{}",
  "modules/shared/names.txt": "web,api",
};
const inModule = fakeContext(files, { moduleDir: "modules/app", rootDir: "envs/prod" });
const call = (name: string, ...args: Value[]) => callFunction(name, builtinFunctions[name]!, args, inModule);

describe("paths in a child module", () => {
  test.each([
    ["user-data.sh.tftpl", "modules/app/user-data.sh.tftpl"],
    ["./policies/s3.json", "modules/app/policies/s3.json"],
    ["../shared/names.txt", "modules/shared/names.txt"],
    // what path.module and path.root evaluate to
    ["modules/app/policies/s3.json", "modules/app/policies/s3.json"],
    ["envs/prod/main.tf", "envs/prod/main.tf"],
    ["../../../etc/passwd", undefined],
    ["/etc/passwd", undefined],
    ["C:\\Windows\\x", undefined],
  ])("%s resolves to %s", (given, want) => {
    expect(resolveSourcePath(inModule, given)).toBe(want);
  });

  test("file and templatefile read relative to the module", () => {
    expect(call("file", "../shared/names.txt")).toBe("web,api");
    // "${path.module}/user-data.sh.tftpl", with path.module evaluated to the module directory
    expect(call("templatefile", "modules/app/user-data.sh.tftpl", { env: "prod" })).toBe("#!/bin/bash\necho prod\n");
    expect(inModule.rendered.at(-1)?.file).toBe("modules/app/user-data.sh.tftpl");
  });

  test("fileset lists paths relative to its directory argument", () => {
    expect(call("fileset", "policies", "*.json")).toEqual(["ec2.json", "s3.json"]);
    expect(call("fileset", ".", "**/s3.*")).toEqual(["policies/s3.json"]);
  });

  test("a file outside the tree is unknown with a reason, never read", () => {
    const result = call("file", "/etc/passwd");
    expect(isUnknown(result) && result.reason).toBe('file(): "/etc/passwd" is outside the source tree, which Costgate does not read');
  });

  test("a file not loaded yet surfaces FileNotLoaded for the evaluator to load and retry", () => {
    const lazy = fakeContext(files, { moduleDir: "modules/app", notLoaded: ["modules/app/policies/s3.json"] });
    expect(() => callFunction("file", builtinFunctions.file!, ["policies/s3.json"], lazy)).toThrow(FileNotLoaded);
  });
});

test("hashes of a file that was not UTF-8 are unknown rather than wrong", () => {
  const binary = fakeContext({ "logo.png": "\ufffdPNG\r\n\u001a\n" });
  for (const name of ["filebase64", "filemd5", "filesha256"]) {
    const result = callFunction(name, builtinFunctions[name]!, ["logo.png"], binary);
    expect(isUnknown(result) && result.reason).toBe(`${name}(): the file is not UTF-8 text, and Costgate reads files as text`);
  }
});
