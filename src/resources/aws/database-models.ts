import type { ResourceModel } from "../resource-model.js";
import { awsDbInstance } from "./aws-db-instance.js";
import { awsDocdbClusterInstance } from "./aws-docdb-cluster-instance.js";
import { awsDynamodbTable } from "./aws-dynamodb-table.js";
import { awsElasticacheCluster } from "./aws-elasticache-cluster.js";
import { awsElasticacheReplicationGroup } from "./aws-elasticache-replication-group.js";
import { awsKinesisStream } from "./aws-kinesis-stream.js";
import { awsMqBroker } from "./aws-mq-broker.js";
import { awsMskCluster } from "./aws-msk-cluster.js";
import { awsElasticsearchDomain, awsOpensearchDomain } from "./aws-opensearch-domain.js";
import { awsRdsCluster } from "./aws-rds-cluster.js";
import { awsRdsClusterInstance } from "./aws-rds-cluster-instance.js";
import { awsRedshiftCluster } from "./aws-redshift-cluster.js";

/** Databases, caches, search, streaming and queues with instances. */
export const DATABASE_MODELS: readonly ResourceModel[] = [
  awsDbInstance,
  awsRdsCluster,
  awsRdsClusterInstance,
  awsDocdbClusterInstance,
  awsDynamodbTable,
  awsElasticacheCluster,
  awsElasticacheReplicationGroup,
  awsRedshiftCluster,
  awsOpensearchDomain,
  awsElasticsearchDomain,
  awsMskCluster,
  awsMqBroker,
  awsKinesisStream,
];
