import { BREAKDOWN_USAGE, breakdownCommand } from "./commands/breakdown.js";
import { DIFF_USAGE, diffCommand } from "./commands/diff.js";
import { RESOURCES_USAGE, resourcesCommand } from "./commands/resources.js";
import { runPricesCommand } from "../pricing/prices-command.js";
import { EstimateError, UsageError, type CliIo } from "./cli-io.js";

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  breakdown: { run: breakdownCommand, usage: BREAKDOWN_USAGE },
  diff: { run: diffCommand, usage: DIFF_USAGE },
  resources: { run: resourcesCommand, usage: RESOURCES_USAGE },
  prices: {
    run: (args, io) => runPricesCommand(args, { stdout: { write: io.stdout }, stderr: { write: io.stderr }, isTTY: io.isTTY ?? false }),
    usage: "costgate prices info [--json] | costgate prices build --services CODES --regions CODES --out FILE [--from URL|DIR]",
  },
};

const HELP = `Costgate: what a Terraform change costs, before it merges.

Usage:
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}`)
  .join("\n")}

Pricing: COSTGATE_PRICING=snapshot|aws|auto (default auto: the AWS Price List API when AWS
credentials are configured, else the bundled snapshot).
`;

/**
 * Runs one CLI invocation. Exit codes: 0 success, 1 the estimate failed (the message names
 * file and line), 2 the command was called wrongly. Never throws.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    (name === undefined ? io.stderr : io.stdout)(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`costgate: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`costgate ${name}: ${err.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    if (err instanceof EstimateError) {
      io.stderr(`costgate ${name}: ${err.message}\n`);
      return 1;
    }
    io.stderr(`costgate ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
