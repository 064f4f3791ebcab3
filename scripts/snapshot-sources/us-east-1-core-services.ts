import { dec, per, tiers, times, type Curated } from "./kit.js";
import type { CoreMeter } from "./us-east-1-core.js";

const m = (service: string, productFamily: string, attributes: Record<string, string>, unit: string, price: CoreMeter["price"], note?: string): CoreMeter => ({
  service,
  productFamily,
  attributes,
  unit,
  price,
  ...(note !== undefined && { note }),
});

/** A curated "per N units" figure as the per-unit price AWS publishes. */
const perUnits = (path: string, n: number) => ({
  price: (c: Curated) => tiers([0, null, per(c.num(path), n)]),
  note: `curated ${path} / ${n.toLocaleString("en-US")} (published per unit)`,
});

function rdsStorage(): CoreMeter[] {
  const rows: [volumeType: string, single: string, multi: string, path: string][] = [
    ["General Purpose", "RDS:GP2-Storage", "RDS:Multi-AZ-GP2-Storage", "rds.storage_gb_month_single_az.gp2"],
    ["General Purpose-GP3", "RDS:GP3-Storage", "RDS:Multi-AZ-GP3-Storage", "rds.storage_gb_month_single_az.gp3"],
    ["Provisioned IOPS", "RDS:PIOPS-Storage", "RDS:Multi-AZ-PIOPS-Storage", "rds.storage_gb_month_single_az.io1"],
    ["Magnetic", "RDS:StorageUsage", "RDS:Multi-AZ-StorageUsage", "rds.storage_gb_month_single_az.magnetic"],
  ];
  const storage = (volumeType: string, deploymentOption: string, usagetype: string, price: CoreMeter["price"], note?: string) =>
    m("AmazonRDS", "Database Storage", { volumeType, deploymentOption, databaseEngine: "Any", usagetype }, "GB-Mo", price, note);
  const iops = (deploymentOption: string, usagetype: string, groupDescription: string, path: string) =>
    m("AmazonRDS", "Provisioned IOPS", { deploymentOption, databaseEngine: "Any", usagetype, groupDescription }, "IOPS-Mo", path);
  return [
    ...rows.flatMap(([volumeType, single, multi, path]) => [
      storage(volumeType, "Single-AZ", single, path),
      storage(volumeType, "Multi-AZ", multi, (c) => tiers([0, null, times(c.num(path), c.num("rds.storage_multi_az_factor"))]), `curated ${path} x rds.storage_multi_az_factor`),
    ]),
    iops("Single-AZ", "RDS:PIOPS", "RDS Provisioned IOPS", "rds.io1_iops_per_iops_month_single_az"),
    iops("Single-AZ", "RDS:GP3-PIOPS", "RDS Provisioned GP3 IOPS", "rds.gp3_iops_above_baseline_per_iops_month.single_az"),
    iops("Multi-AZ", "RDS:Multi-AZ-GP3-PIOPS", "RDS Provisioned GP3 IOPS", "rds.gp3_iops_above_baseline_per_iops_month.multi_az"),
    m("AmazonRDS", "System Operation", { databaseEngine: "Any", usagetype: "RDS:StorageIOUsage" }, "IOs", perUnits("rds.magnetic_io_per_million", 1e6).price, perUnits("rds.magnetic_io_per_million", 1e6).note),
    m("AmazonRDS", "Storage Snapshot", { databaseEngine: "Any", usagetype: "RDS:ChargedBackupUsage" }, "GB-Mo", "rds.backup_storage_gb_month"),
  ];
}

/** Aurora rows follow the engine split the eu-west-1 extract shows ("Any" + Aurora PostgreSQL for storage and I/O). */
function aurora(): CoreMeter[] {
  const both = ["Aurora MySQL", "Aurora PostgreSQL"];
  const io = perUnits("aurora.io_per_million", 1e6);
  return [
    ...["Any", "Aurora PostgreSQL"].flatMap((databaseEngine) => [
      m("AmazonRDS", "Database Storage", { databaseEngine, volumeType: "General Purpose-Aurora", deploymentOption: "Single-AZ", usagetype: "Aurora:StorageUsage" }, "GB-Mo", "aurora.storage_gb_month"),
      m("AmazonRDS", "System Operation", { databaseEngine, usagetype: "Aurora:StorageIOUsage" }, "IOs", io.price, io.note),
    ]),
    ...both.flatMap((databaseEngine) => [
      m("AmazonRDS", "ServerlessV2", { databaseEngine, usagetype: "Aurora:ServerlessV2Usage" }, "ACU-Hr", "aurora.serverless_v2_acu_hour"),
      m("AmazonRDS", "ServerlessV2", { databaseEngine, usagetype: "Aurora:ServerlessV2IOOptimizedUsage" }, "ACU-Hr", "aurora.serverless_v2_io_optimized_acu_hour"),
      m("AmazonRDS", "Serverless", { databaseEngine, usagetype: "Aurora:ServerlessUsage" }, "ACU-Hr", "aurora.serverless_v1_acu_hour"),
      m("AmazonRDS", "Storage Snapshot", { databaseEngine, usagetype: "Aurora:BackupUsage" }, "GB-Mo", "aurora.backup_gb_month"),
    ]),
  ];
}

function dataServices(): CoreMeter[] {
  const hourly = (path: string) => ({ price: (c: Curated) => tiers([0, null, per(c.num(path), 730)]), note: `curated ${path} / 730 h (published per hour)` });
  const wcu = hourly("dynamodb.provisioned_wcu_month");
  const rcu = hourly("dynamodb.provisioned_rcu_month");
  const wru = perUnits("dynamodb.on_demand_per_million_wru", 1e6);
  const rru = perUnits("dynamodb.on_demand_per_million_rru", 1e6);
  const ddb = "AmazonDynamoDB";
  return [
    m(ddb, "Provisioned IOPS", { group: "DDB-WriteUnits", usagetype: "WriteCapacityUnit-Hrs" }, "WriteCapacityUnit-Hrs", wcu.price, wcu.note),
    m(ddb, "Provisioned IOPS", { group: "DDB-ReadUnits", usagetype: "ReadCapacityUnit-Hrs" }, "ReadCapacityUnit-Hrs", rcu.price, rcu.note),
    m(ddb, "Amazon DynamoDB PayPerRequest Throughput", { group: "DDB-WriteUnits", usagetype: "WriteRequestUnits" }, "WriteRequestUnits", wru.price, wru.note),
    m(ddb, "Amazon DynamoDB PayPerRequest Throughput", { group: "DDB-ReadUnits", usagetype: "ReadRequestUnits" }, "ReadRequestUnits", rru.price, rru.note),
    m(ddb, "Database Storage", { usagetype: "TimedStorage-ByteHrs" }, "GB-Mo", "dynamodb.storage_gb_month"),
    m(ddb, "Database Storage", { usagetype: "TimedPITRStorage-ByteHrs" }, "GB-Mo", "dynamodb.pitr_gb_month"),
    m("AmazonElastiCache", "Storage Snapshot", {}, "GB-Mo", "elasticache.backup_gb_month"),
    m("AmazonES", "Amazon OpenSearch Service Volume", { storageMedia: "GP2", usagetype: "ES:GP2-Storage" }, "GB-Mo", "opensearch.gp2_gb_month"),
    m("AmazonMSK", "Managed Streaming for Apache Kafka (MSK)", { usagetype: "USE1-Kafka.t3.small" }, "Hrs", "msk.kafka\\.t3\\.small_hourly"),
    m("AmazonMSK", "Managed Streaming for Apache Kafka (MSK)", { usagetype: "USE1-Kafka.m5.24xlarge" }, "Hrs", "msk.kafka\\.m5\\.24xlarge_hourly"),
    m("AmazonMSK", "Managed Streaming for Apache Kafka (MSK)", { storageFamily: "GP2", usagetype: "USE1-Kafka.Storage.GP2" }, "GB-Mo", "msk.storage_gb_month"),
    ...["dc2.large", "ra3.4xlarge", "ra3.16xlarge"].map((node) =>
      m("AmazonRedshift", "Compute Instance", { instanceType: node, usagetype: `Node:${node}` }, "Hrs", `redshift.${node.replaceAll(".", "\\.")}_hourly`),
    ),
    m("AmazonRedshift", "Redshift Managed Storage", {}, "GB-Mo", "redshift.managed_storage_gb_month"),
    m("AmazonEFS", "Storage", { storageClass: "General Purpose", usagetype: "USE1-TimedStorage-ByteHrs" }, "GB-Mo", "efs.standard_gb_month"),
    m("AmazonEFS", "Storage", { storageClass: "One Zone-General Purpose", usagetype: "USE1-TimedStorage-Z-ByteHrs" }, "GB-Mo", "efs.one_zone_gb_month"),
    m("AmazonEFS", "Provisioned Throughput", { usagetype: "USE1-ProvisionedTP-MiBpsHrs" }, "MiBps-Mo", "efs.provisioned_throughput_MiBps_month"),
  ];
}

function serverless(): CoreMeter[] {
  const lambdaReq = perUnits("lambda.per_million_requests", 1e6);
  const duration = (path: string, keys: readonly string[], edges: readonly [number, number]) => (c: Curated) => {
    const [a, b, last] = keys.map((k) => dec(c.num(`${path}.${k}`)));
    return tiers([0, edges[0], a], [edges[0], edges[1], b], [edges[1], null, last]);
  };
  const sqs = perUnits("sqs.standard_per_million", 1e6);
  const fifo = perUnits("sqs.fifo_per_million", 1e6);
  const fargate = (service: string) => [
    m(service, "Compute", { usagetype: "USE1-Fargate-vCPU-Hours:perCPU" }, "hours", "fargate.linux_x86_vcpu_hour"),
    m(service, "Compute", { usagetype: "USE1-Fargate-GB-Hours" }, "hours", "fargate.linux_x86_gb_hour"),
  ];
  return [
    m("AWSLambda", "Serverless", { group: "AWS-Lambda-Requests", usagetype: "Request" }, "Requests", lambdaReq.price, lambdaReq.note),
    m("AWSLambda", "Serverless", { group: "AWS-Lambda-Duration", usagetype: "Lambda-GB-Second" }, "Lambda-GB-Second", duration("lambda.x86_gb_second", ["first_6b", "next_9b", "over_15b"], [6e9, 15e9]), "tiers 6B / 9B / over 15B GB-s (curated lambda.x86_gb_second)"),
    m("AWSLambda", "Serverless", { group: "AWS-Lambda-Duration-ARM", usagetype: "Lambda-GB-Second-ARM" }, "Lambda-GB-Second", duration("lambda.arm_gb_second", ["first_7_5b", "next_11_25b", "over_18_75b"], [7.5e9, 18.75e9]), "tiers 7.5B / 11.25B / over 18.75B GB-s (curated lambda.arm_gb_second)"),
    m("AWSQueueService", "API Request", { queueType: "Standard", group: "SQS-APIRequest-Tier1", usagetype: "Requests-RBP" }, "Requests", sqs.price, sqs.note),
    m("AWSQueueService", "API Request", { queueType: "FIFO (first-in, first-out)", group: "SQS-APIRequest-Tier1", usagetype: "Requests-FIFO-RBP" }, "Requests", fifo.price, fifo.note),
    m("AmazonSNS", "API Request", { usagetype: "Requests-Tier1" }, "Requests", (c) => tiers([0, 1e6, "0"], [1e6, null, per(c.num("sns.publish_per_million_over_first_1m"), 1e6)]), "first 1M requests free; curated sns.publish_per_million_over_first_1m / 1,000,000"),
    ...fargate("AmazonECS"),
    ...fargate("AmazonEKS"),
  ];
}

function storageAndEdge(): CoreMeter[] {
  const put = perUnits("s3_standard.put_copy_post_list_per_1k", 1e3);
  const get = perUnits("s3_standard.get_per_1k", 1e3);
  const kmsReq = perUnits("kms.per_10k_requests", 1e4);
  const kmsAsym = perUnits("kms.asymmetric_per_10k", 1e4);
  const smApi = perUnits("secretsmanager.per_10k_api", 1e4);
  const https = perUnits("cloudfront.us_https_per_10k", 1e4);
  const http = perUnits("cloudfront.us_http_per_10k", 1e4);
  const global = (meter: CoreMeter): CoreMeter => ({ ...meter, region: "global" });
  return [
    m("AmazonS3", "Storage", { volumeType: "Standard", storageClass: "General Purpose", usagetype: "TimedStorage-ByteHrs" }, "GB-Mo", (c) => tiers([0, 51200, dec(c.num("s3_standard.storage_gb_month_first_50tb"))]), "first 50 TB tier only (curated s3_standard.storage_gb_month_first_50tb)"),
    m("AmazonS3", "API Request", { group: "S3-API-Tier1", usagetype: "Requests-Tier1" }, "Requests", put.price, put.note),
    m("AmazonS3", "API Request", { group: "S3-API-Tier2", usagetype: "Requests-Tier2" }, "Requests", get.price, get.note),
    m("AmazonCloudWatch", "Data Payload", { usagetype: "USE1-DataProcessing-Bytes" }, "GB", "cloudwatch_logs.ingest_per_gb"),
    m("AmazonCloudWatch", "Storage Snapshot", { usagetype: "USE1-TimedStorage-ByteHrs" }, "GB-Mo", "cloudwatch_logs.storage_gb_month"),
    m("AmazonCloudWatch", "Data Payload", { usagetype: "USE1-DataScanned-Bytes" }, "GB", "cloudwatch_logs.insights_per_gb_scanned"),
    m("AmazonCloudWatch", "Metric", { group: "Metric", usagetype: "CW:MetricMonitorUsage" }, "Metrics", "ec2.detailed_monitoring_per_metric_month.price"),
    m("awskms", "Encryption Key", { usagetype: "us-east-1-KMS-Keys" }, "Keys", "kms.key_month"),
    m("awskms", "API Request", { usagetype: "us-east-1-KMS-Requests" }, "Requests", kmsReq.price, kmsReq.note),
    m("awskms", "API Request", { usagetype: "us-east-1-KMS-Requests-Asymmetric" }, "Requests", kmsAsym.price, kmsAsym.note),
    m("AWSSecretsManager", "Secret", { usagetype: "USE1-AWSSecretsManager-Secrets" }, "Secrets", "secretsmanager.secret_month"),
    m("AWSSecretsManager", "API Request", { usagetype: "USE1-AWSSecretsManagerAPIRequest" }, "API Requests", smApi.price, smApi.note),
    global(m("AmazonRoute53", "DNS Zone", { usagetype: "HostedZone" }, "HostedZone", (c) => tiers([0, 25, dec(c.num("route53.hosted_zone_month_first_25"))]), "first 25 zones tier only (curated route53.hosted_zone_month_first_25)")),
    global(m("AmazonRoute53", "DNS Query", { usagetype: "DNS-Queries", routingType: "Standard" }, "Queries", (c) => tiers([0, 1e9, per(c.num("route53.standard_queries_per_million_first_1b"), 1e6)]), "first 1B queries tier only; curated route53.standard_queries_per_million_first_1b / 1,000,000")),
    global(m("AmazonCloudFront", "Data Transfer", { transferType: "CloudFront Outbound", fromLocation: "United States", usagetype: "US-DataTransfer-Out-Bytes" }, "GB", (c) => tiers([0, 10240, dec(c.num("cloudfront.us_first_10tb_per_gb"))]), "first 10 TB tier only (curated cloudfront.us_first_10tb_per_gb)")),
    global(m("AmazonCloudFront", "Request", { requestType: "CloudFront-Request-HTTPS-Proxy", location: "United States", usagetype: "US-Requests-Tier2-HTTPS" }, "Requests", https.price, https.note)),
    global(m("AmazonCloudFront", "Request", { requestType: "CloudFront-Request-HTTP-Proxy", location: "United States", usagetype: "US-Requests-Tier1" }, "Requests", http.price, http.note)),
  ];
}

export function coreServiceMeters(): CoreMeter[] {
  return [...rdsStorage(), ...aurora(), ...dataServices(), ...serverless(), ...storageAndEdge()];
}
