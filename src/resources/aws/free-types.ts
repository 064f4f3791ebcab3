/**
 * Resource types that never appear on an AWS bill by themselves: networking glue, identity,
 * configuration and attachments. Listed as "free" so reviewers can tell them from types
 * Costgate does not price yet ("unsupported"), which are never shown as $0.
 */
export const FREE_AWS_TYPES: ReadonlySet<string> = new Set([
  // Networking glue
  "aws_vpc", "aws_subnet", "aws_route_table", "aws_route", "aws_route_table_association", "aws_main_route_table_association",
  "aws_internet_gateway", "aws_egress_only_internet_gateway", "aws_vpc_dhcp_options", "aws_vpc_dhcp_options_association",
  "aws_default_vpc", "aws_default_subnet", "aws_default_route_table", "aws_default_network_acl", "aws_default_security_group",
  "aws_network_acl", "aws_network_acl_rule", "aws_network_acl_association", "aws_security_group", "aws_security_group_rule",
  "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule", "aws_network_interface",
  "aws_network_interface_attachment", "aws_network_interface_sg_attachment", "aws_eip_association", "aws_vpc_ipv4_cidr_block_association",
  "aws_vpc_ipv6_cidr_block_association", "aws_vpc_endpoint_route_table_association",
  "aws_vpc_endpoint_service", "aws_vpc_peering_connection", "aws_vpc_peering_connection_accepter", "aws_vpc_peering_connection_options",
  "aws_flow_log", "aws_ec2_managed_prefix_list", "aws_ec2_managed_prefix_list_entry", "aws_db_subnet_group", "aws_elasticache_subnet_group",
  "aws_redshift_subnet_group", "aws_docdb_subnet_group", "aws_neptune_subnet_group", "aws_dms_replication_subnet_group",
  "aws_customer_gateway", "aws_vpn_gateway", "aws_vpn_gateway_attachment", "aws_vpn_gateway_route_propagation",
  "aws_ec2_transit_gateway_route_table", "aws_ec2_transit_gateway_route", "aws_ec2_transit_gateway_route_table_association",
  "aws_ec2_transit_gateway_route_table_propagation", "aws_ec2_transit_gateway_vpc_attachment_accepter",
  // Identity and access
  "aws_iam_role", "aws_iam_policy", "aws_iam_role_policy", "aws_iam_role_policy_attachment", "aws_iam_policy_attachment",
  "aws_iam_user", "aws_iam_user_policy", "aws_iam_user_policy_attachment", "aws_iam_group", "aws_iam_group_policy",
  "aws_iam_group_policy_attachment", "aws_iam_group_membership", "aws_iam_user_group_membership", "aws_iam_access_key",
  "aws_iam_instance_profile", "aws_iam_service_linked_role", "aws_iam_openid_connect_provider", "aws_iam_saml_provider",
  "aws_iam_account_password_policy", "aws_iam_account_alias", "aws_iam_role_policies_exclusive", "aws_iam_role_policy_attachments_exclusive",
  "aws_key_pair", "aws_kms_alias", "aws_kms_grant", "aws_secretsmanager_secret_version", "aws_secretsmanager_secret_policy",
  "aws_secretsmanager_secret_rotation", "aws_ssm_parameter", "aws_acm_certificate", "aws_acm_certificate_validation",
  "aws_eks_access_entry", "aws_eks_access_policy_association", "aws_eks_identity_provider_config", "aws_eks_pod_identity_association",
  // Configuration and attachments
  "aws_launch_template", "aws_launch_configuration", "aws_placement_group", "aws_autoscaling_policy", "aws_autoscaling_schedule",
  "aws_autoscaling_lifecycle_hook", "aws_autoscaling_notification", "aws_autoscaling_attachment", "aws_autoscaling_group_tag",
  "aws_appautoscaling_target", "aws_appautoscaling_policy", "aws_appautoscaling_scheduled_action",
  "aws_lb_listener", "aws_lb_listener_rule", "aws_lb_target_group", "aws_lb_target_group_attachment", "aws_lb_listener_certificate",
  "aws_alb_listener", "aws_alb_listener_rule", "aws_alb_target_group", "aws_alb_target_group_attachment",
  "aws_volume_attachment", "aws_db_parameter_group", "aws_db_option_group", "aws_rds_cluster_parameter_group",
  "aws_elasticache_parameter_group", "aws_docdb_cluster_parameter_group", "aws_route53_zone_association",
  "aws_s3_bucket_policy", "aws_s3_bucket_public_access_block", "aws_s3_bucket_versioning", "aws_s3_bucket_server_side_encryption_configuration",
  "aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket_ownership_controls", "aws_s3_bucket_acl", "aws_s3_bucket_cors_configuration",
  "aws_s3_bucket_logging", "aws_s3_bucket_notification", "aws_s3_bucket_website_configuration", "aws_s3_bucket_replication_configuration",
  "aws_s3_account_public_access_block", "aws_sqs_queue_policy", "aws_sqs_queue_redrive_policy", "aws_sqs_queue_redrive_allow_policy",
  "aws_sns_topic_subscription", "aws_sns_topic_policy", "aws_cloudwatch_log_resource_policy", "aws_cloudwatch_log_subscription_filter",
  "aws_cloudwatch_log_metric_filter", "aws_cloudwatch_event_rule", "aws_cloudwatch_event_target", "aws_lambda_permission",
  "aws_lambda_alias", "aws_lambda_event_source_mapping", "aws_lambda_layer_version", "aws_lambda_function_event_invoke_config",
  "aws_api_gateway_resource", "aws_api_gateway_method", "aws_api_gateway_integration", "aws_api_gateway_deployment",
  "aws_api_gateway_method_response", "aws_api_gateway_integration_response", "aws_api_gateway_model", "aws_api_gateway_authorizer",
  "aws_apigatewayv2_route", "aws_apigatewayv2_integration", "aws_apigatewayv2_stage", "aws_apigatewayv2_deployment",
  "aws_ecs_cluster", "aws_ecs_cluster_capacity_providers", "aws_ecs_task_definition", "aws_ecs_capacity_provider",
  "aws_ecr_lifecycle_policy", "aws_ecr_repository_policy", "aws_eks_addon", "aws_cloudfront_origin_access_identity",
  "aws_cloudfront_origin_access_control", "aws_cloudfront_cache_policy", "aws_cloudfront_origin_request_policy",
  "aws_cloudfront_response_headers_policy", "aws_wafv2_web_acl_association", "aws_wafv2_ip_set", "aws_wafv2_regex_pattern_set",
  "aws_resourcegroups_group", "aws_ssm_document", "aws_ssm_association", "aws_backup_selection", "aws_backup_plan",
  "aws_dynamodb_table_item", "aws_elasticache_user", "aws_elasticache_user_group", "aws_ram_resource_share",
  "aws_ram_resource_association", "aws_ram_principal_association", "aws_organizations_account", "aws_organizations_policy",
  "aws_organizations_policy_attachment", "aws_organizations_organizational_unit", "aws_servicequotas_service_quota",
  // Databases: configuration, endpoints and associations (the instances and clusters are priced)
  "aws_rds_cluster_endpoint", "aws_rds_cluster_role_association", "aws_db_instance_role_association", "aws_db_proxy_default_target_group",
  "aws_db_proxy_target", "aws_db_event_subscription", "aws_rds_global_cluster", "aws_elasticache_global_replication_group",
  "aws_dynamodb_resource_policy", "aws_dynamodb_tag", "aws_redshift_parameter_group", "aws_redshift_snapshot_schedule",
  "aws_redshift_snapshot_schedule_association", "aws_redshift_cluster_iam_roles", "aws_opensearch_domain_policy",
  "aws_opensearch_domain_saml_options", "aws_elasticsearch_domain_policy", "aws_elasticsearch_domain_saml_options",
  "aws_msk_configuration", "aws_msk_scram_secret_association", "aws_mq_configuration",
  // Networking: policies, attachments and configuration (gateways, endpoints and firewalls are priced)
  "aws_ec2_transit_gateway", "aws_ec2_transit_gateway_policy_table", "aws_ec2_transit_gateway_prefix_list_reference",
  "aws_networkfirewall_firewall_policy", "aws_networkfirewall_rule_group", "aws_networkfirewall_logging_configuration",
  "aws_networkfirewall_resource_policy", "aws_vpc_endpoint_policy", "aws_vpc_endpoint_security_group_association",
  "aws_vpc_endpoint_connection_notification", "aws_vpc_endpoint_service_allowed_principal", "aws_lb_cookie_stickiness_policy",
  "aws_app_cookie_stickiness_policy", "aws_load_balancer_policy", "aws_load_balancer_listener_policy",
  "aws_load_balancer_backend_server_policy", "aws_elb_attachment", "aws_proxy_protocol_policy",
  "aws_autoscaling_traffic_source_attachment", "aws_ebs_encryption_by_default", "aws_ebs_default_kms_key", "aws_ec2_tag",
  "aws_ec2_instance_state", "aws_ec2_subnet_cidr_reservation", "aws_ecs_account_setting_default", "aws_ecs_tag",
  // Storage, serverless, messaging, DNS, edge and APIs: configuration around priced resources
  "aws_efs_mount_target", "aws_efs_access_point", "aws_efs_file_system_policy", "aws_efs_backup_policy",
  "aws_lambda_function_url", "aws_lambda_layer_version_permission", "aws_lambda_code_signing_config",
  "aws_cloudwatch_log_stream", "aws_cloudwatch_log_destination", "aws_cloudwatch_log_destination_policy", "aws_kms_key_policy",
  "aws_route53_hosted_zone_dnssec", "aws_route53_key_signing_key", "aws_route53_delegation_set",
  "aws_wafv2_web_acl_logging_configuration", "aws_cloudfront_key_group", "aws_cloudfront_public_key",
  "aws_api_gateway_usage_plan", "aws_api_gateway_api_key", "aws_api_gateway_usage_plan_key", "aws_api_gateway_base_path_mapping",
  "aws_api_gateway_domain_name", "aws_api_gateway_account", "aws_api_gateway_rest_api_policy", "aws_api_gateway_gateway_response",
  "aws_api_gateway_request_validator", "aws_apigatewayv2_domain_name", "aws_apigatewayv2_api_mapping", "aws_apigatewayv2_authorizer",
  "aws_apigatewayv2_route_response", "aws_apigatewayv2_integration_response", "aws_apigatewayv2_model", "aws_apigatewayv2_vpc_link",
  "aws_s3_object", "aws_s3_bucket_intelligent_tiering_configuration", "aws_s3_bucket_accelerate_configuration",
  "aws_s3_bucket_request_payment_configuration", "aws_s3_bucket_object_lock_configuration", "aws_sns_platform_application",
  "aws_sns_sms_preferences",
]);

/** Resources of Terraform's own utility providers: no cloud bill at all. */
const FREE_UTILITY_PREFIXES = ["random_", "null_", "time_", "tls_", "local_", "archive_", "template_", "http", "external"];
const FREE_UTILITY_TYPES = new Set(["terraform_data"]);

export function isFreeType(type: string): boolean {
  return FREE_AWS_TYPES.has(type) || FREE_UTILITY_TYPES.has(type) || FREE_UTILITY_PREFIXES.some((p) => type.startsWith(p));
}
