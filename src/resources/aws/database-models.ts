import type { ResourceModel } from "../resource-model.js";
import { awsDbInstance } from "./aws-db-instance.js";
import { awsElasticacheCluster } from "./aws-elasticache-cluster.js";
import { awsElasticacheReplicationGroup } from "./aws-elasticache-replication-group.js";
import { awsRdsCluster } from "./aws-rds-cluster.js";
import { awsRdsClusterInstance } from "./aws-rds-cluster-instance.js";

/** Databases, caches, search, streaming and queues with instances. */
export const DATABASE_MODELS: readonly ResourceModel[] = [
  awsDbInstance,
  awsRdsCluster,
  awsRdsClusterInstance,
  awsElasticacheCluster,
  awsElasticacheReplicationGroup,
];
