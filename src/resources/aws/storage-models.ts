import type { ResourceModel } from "../resource-model.js";
import { awsLambdaFunction } from "./aws-lambda-function.js";

/** Storage, messaging, monitoring, security, DNS, edge and APIs. */
export const STORAGE_MODELS: readonly ResourceModel[] = [awsLambdaFunction];
