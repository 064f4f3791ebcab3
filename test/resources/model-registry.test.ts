import { FREE_AWS_TYPES } from "../../src/resources/aws/free-types.js";
import { AWS_MODELS } from "../../src/resources/aws/index.js";
import { pricingFor, supportedTypes } from "../../src/resources/model-registry.js";

describe("the resource type registry", () => {
  it("never lists a priced type as free, and registers each type once", () => {
    const types = AWS_MODELS.map((m) => m.type);
    expect(types.filter((t) => FREE_AWS_TYPES.has(t))).toEqual([]);
    expect(new Set(types).size).toBe(types.length);
  });

  it("covers the types issue 4 names", () => {
    const required = [
      "aws_instance", "aws_ebs_volume", "aws_ebs_snapshot", "aws_eip", "aws_nat_gateway", "aws_lb", "aws_alb", "aws_elb",
      "aws_autoscaling_group", "aws_eks_cluster", "aws_eks_node_group", "aws_eks_fargate_profile", "aws_ecs_service",
      "aws_db_instance", "aws_rds_cluster", "aws_rds_cluster_instance", "aws_elasticache_cluster", "aws_elasticache_replication_group",
      "aws_dynamodb_table", "aws_lambda_function", "aws_s3_bucket", "aws_cloudwatch_log_group", "aws_cloudwatch_metric_alarm",
      "aws_kms_key", "aws_secretsmanager_secret", "aws_route53_zone", "aws_route53_record", "aws_sqs_queue", "aws_sns_topic",
      "aws_vpc_endpoint", "aws_efs_file_system", "aws_msk_cluster", "aws_opensearch_domain", "aws_elasticsearch_domain",
      "aws_redshift_cluster", "aws_docdb_cluster_instance", "aws_mq_broker", "aws_kinesis_stream", "aws_networkfirewall_firewall",
      "aws_ec2_transit_gateway_vpc_attachment", "aws_cloudfront_distribution", "aws_cloudtrail", "aws_wafv2_web_acl",
      "aws_api_gateway_rest_api", "aws_apigatewayv2_api",
    ];
    expect(required.filter((t) => !supportedTypes().includes(t))).toEqual([]);
  });

  it("treats Terraform's utility providers as free and anything else unknown to it as unsupported, never free", () => {
    expect(["random_id", "null_resource", "terraform_data", "tls_private_key", "time_sleep"].map((t) => pricingFor(t).kind)).toEqual(["free", "free", "free", "free", "free"]);
    expect(["aws_sagemaker_endpoint", "aws_ec2_capacity_reservation", "google_compute_instance"].map((t) => pricingFor(t).kind)).toEqual(["unsupported", "unsupported", "unsupported"]);
  });
});
