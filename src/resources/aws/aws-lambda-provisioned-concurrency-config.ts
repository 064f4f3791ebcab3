import { UNITS } from "../../pricing/units.js";
import { dec } from "../../shared/decimal.js";
import { UnknownInput } from "../attributes.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { architecture, gbSeconds, lambdaQuery } from "./aws-lambda-function.js";
import { usageComponent } from "./shared/usage-component.js";

const SECONDS_PER_HOUR = 3600;

export const awsLambdaProvisionedConcurrencyConfig: ResourceModel = {
  type: "aws_lambda_provisioned_concurrency_config",
  usage: {
    monthly_duration_hrs: { type: "number", description: "Hours a month the provisioned concurrency is enabled (730 when always on)", example: 730 },
    memory_mb: { type: "number", description: "Memory of the function in MB (needed unless function_name refers to the function's arn)", example: 1024 },
    architecture: { type: "string", description: "Architecture of the function, x86_64 or arm64 (read from the function when function_name refers to its arn)", example: "x86_64" },
    monthly_requests: { type: "number", description: "Requests served by provisioned instances a month (bill them here, not on the function)", example: 1_000_000 },
    request_duration_ms: { type: "number", description: "Average duration of those requests in milliseconds", example: 250 },
  },
  // Provisioned instances are billed per GB-second while enabled, whether or not they serve requests.
  build(r) {
    const executions = r.number("provisioned_concurrent_executions");
    const fn = functionOf(r);
    const memoryMb = fn.memoryMb;
    const arm = fn.arch === "arm64" ? "-ARM" : "";
    const concurrency = `Provisioned concurrency (${fn.arch}, ${executions ?? "?"} x ${memoryMb ?? "?"} MB)`;
    const components: ComponentSpec[] = [];
    if (executions === undefined) components.push({ name: concurrency, unit: "GB-seconds", unknown: "provisioned_concurrent_executions is not set" });
    else if (memoryMb === undefined) components.push({ name: concurrency, unit: "GB-seconds", unknown: `the memory of function "${r.string("function_name")}" is not known from its name alone: set memory_mb in the usage file` });
    else {
      const seconds = dec(r.usage.number("monthly_duration_hrs") ?? 730).times(SECONDS_PER_HOUR);
      components.push({
        name: concurrency,
        unit: "GB-seconds",
        monthlyQuantity: dec(executions).times(memoryMb).div(1024).times(seconds),
        price: lambdaQuery(r, `AWS-Lambda-Provisioned-Concurrency${arm}`),
        priceUnit: UNITS.GB_SECONDS,
      });
    }
    const requests = r.usage.number("monthly_requests");
    components.push(
      memoryMb === undefined
        ? { name: "Duration (provisioned)", unit: "GB-seconds", unknown: "the function's memory is not known: set memory_mb in the usage file", usageBased: true }
        : usageComponent({
            name: "Duration (provisioned)",
            unit: "GB-seconds",
            count: gbSeconds(requests, r.usage.number("request_duration_ms"), memoryMb),
            price: lambdaQuery(r, `AWS-Lambda-Duration-Provisioned${arm}`),
            priceUnit: UNITS.GB_SECONDS,
          }),
    );
    return components;
  },
};

/** The function's memory and architecture: from its configuration when the reference can be followed, else from usage. */
function functionOf(r: ResourceView): { memoryMb: number | undefined; arch: "x86_64" | "arm64" } {
  const fn = r.lookup(r.ref("function_name"));
  if (fn) return { memoryMb: fn.number("memory_size", 128), arch: architecture(fn) };
  const arch = r.usage.string("architecture") ?? "x86_64";
  if (arch !== "x86_64" && arch !== "arm64") throw new UnknownInput("usage architecture", `"${arch}" is not x86_64 or arm64`);
  return { memoryMb: r.usage.number("memory_mb"), arch };
}
