#!/usr/bin/env node
// The `costgate` command. A checkout runs the TypeScript sources through tsx; an installed
// build (the Docker image) runs the compiled lib/.
import { existsSync } from "node:fs";

const source = new URL("../src/cli/main.ts", import.meta.url);
let main;
if (existsSync(source)) {
  const { tsImport } = await import("tsx/esm/api");
  main = await tsImport(source.href, import.meta.url);
} else {
  main = await import(new URL("../lib/cli/main.js", import.meta.url).href);
}
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
process.exitCode = await main.runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stderr.isTTY ?? false,
});
