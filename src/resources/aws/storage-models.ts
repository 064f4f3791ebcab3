import type { ResourceModel } from "../resource-model.js";
import { awsCloudwatchDashboard } from "./aws-cloudwatch-dashboard.js";
import { awsCloudwatchLogGroup } from "./aws-cloudwatch-log-group.js";
import { awsCloudwatchMetricAlarm } from "./aws-cloudwatch-metric-alarm.js";
import { awsEfsFileSystem } from "./aws-efs-file-system.js";
import { awsLambdaFunction } from "./aws-lambda-function.js";
import { awsLambdaProvisionedConcurrencyConfig } from "./aws-lambda-provisioned-concurrency-config.js";
import { awsS3Bucket } from "./aws-s3-bucket.js";

/** Storage, messaging, monitoring, security, DNS, edge and APIs. */
export const STORAGE_MODELS: readonly ResourceModel[] = [awsLambdaFunction, awsLambdaProvisionedConcurrencyConfig, awsS3Bucket, awsEfsFileSystem, awsCloudwatchLogGroup, awsCloudwatchMetricAlarm, awsCloudwatchDashboard];
