import type { ResourceModel } from "../resource-model.js";
import { awsApiGatewayRestApi } from "./aws-api-gateway-rest-api.js";
import { awsApigatewayv2Api } from "./aws-apigatewayv2-api.js";
import { awsCloudfrontDistribution } from "./aws-cloudfront-distribution.js";
import { awsCloudtrail } from "./aws-cloudtrail.js";
import { awsCloudwatchDashboard } from "./aws-cloudwatch-dashboard.js";
import { awsCloudwatchLogGroup } from "./aws-cloudwatch-log-group.js";
import { awsCloudwatchMetricAlarm } from "./aws-cloudwatch-metric-alarm.js";
import { awsEfsFileSystem } from "./aws-efs-file-system.js";
import { awsKmsKey } from "./aws-kms-key.js";
import { awsLambdaFunction } from "./aws-lambda-function.js";
import { awsLambdaProvisionedConcurrencyConfig } from "./aws-lambda-provisioned-concurrency-config.js";
import { awsRoute53Record } from "./aws-route53-record.js";
import { awsRoute53Zone } from "./aws-route53-zone.js";
import { awsS3Bucket } from "./aws-s3-bucket.js";
import { awsSecretsmanagerSecret } from "./aws-secretsmanager-secret.js";
import { awsSnsTopic } from "./aws-sns-topic.js";
import { awsSqsQueue } from "./aws-sqs-queue.js";
import { awsWafv2WebAcl } from "./aws-wafv2-web-acl.js";

/** Storage, messaging, monitoring, security, DNS, edge and APIs. */
export const STORAGE_MODELS: readonly ResourceModel[] = [
  // Storage
  awsS3Bucket,
  awsEfsFileSystem,
  // Serverless and messaging
  awsLambdaFunction,
  awsLambdaProvisionedConcurrencyConfig,
  awsSqsQueue,
  awsSnsTopic,
  // Monitoring and audit
  awsCloudwatchLogGroup,
  awsCloudwatchMetricAlarm,
  awsCloudwatchDashboard,
  awsCloudtrail,
  // Security
  awsKmsKey,
  awsSecretsmanagerSecret,
  awsWafv2WebAcl,
  // DNS, edge and APIs
  awsRoute53Zone,
  awsRoute53Record,
  awsCloudfrontDistribution,
  awsApiGatewayRestApi,
  awsApigatewayv2Api,
];
