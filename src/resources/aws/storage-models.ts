import type { ResourceModel } from "../resource-model.js";
import { awsLambdaFunction } from "./aws-lambda-function.js";
import { awsLambdaProvisionedConcurrencyConfig } from "./aws-lambda-provisioned-concurrency-config.js";

/** Storage, messaging, monitoring, security, DNS, edge and APIs. */
export const STORAGE_MODELS: readonly ResourceModel[] = [awsLambdaFunction, awsLambdaProvisionedConcurrencyConfig];
