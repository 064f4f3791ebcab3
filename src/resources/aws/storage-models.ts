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
import { awsRoute53Record } from "./aws-route53-record.js";
import { awsRoute53Zone } from "./aws-route53-zone.js";
import { awsSecretsmanagerSecret } from "./aws-secretsmanager-secret.js";
import { awsSnsTopic } from "./aws-sns-topic.js";
import { awsSqsQueue } from "./aws-sqs-queue.js";
import { awsWafv2WebAcl } from "./aws-wafv2-web-acl.js";
import { awsLambdaFunction } from "./aws-lambda-function.js";
import { awsLambdaProvisionedConcurrencyConfig } from "./aws-lambda-provisioned-concurrency-config.js";
import { awsS3Bucket } from "./aws-s3-bucket.js";

/** Storage, messaging, monitoring, security, DNS, edge and APIs. */
export const STORAGE_MODELS: readonly ResourceModel[] = [awsLambdaFunction, awsLambdaProvisionedConcurrencyConfig, awsS3Bucket, awsEfsFileSystem, awsCloudwatchLogGroup, awsCloudwatchMetricAlarm, awsCloudwatchDashboard, awsKmsKey, awsSecretsmanagerSecret, awsRoute53Zone, awsRoute53Record, awsSqsQueue, awsSnsTopic, awsCloudfrontDistribution, awsCloudtrail, awsWafv2WebAcl, awsApiGatewayRestApi, awsApigatewayv2Api];
