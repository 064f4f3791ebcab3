import { UnknownInput } from "../attributes.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { SNAPSHOT_USAGE, cacheBackupComponent, cacheEngine, cacheNodesComponent } from "./shared/elasticache.js";

export const awsElasticacheReplicationGroup: ResourceModel = {
  type: "aws_elasticache_replication_group",
  usage: SNAPSHOT_USAGE,
  build(r) {
    const engine = cacheEngine(r.string("engine", "redis"));
    const nodeType = r.string("node_type");
    if (nodeType === undefined) {
      throw new UnknownInput("node_type", r.has("global_replication_group_id") ? "taken from the global datastore's primary group" : "not set");
    }
    const components: ComponentSpec[] = [cacheNodesComponent(r.region, engine, nodeType, nodeCount(r))];
    const backup = cacheBackupComponent(r, engine);
    if (backup) components.push(backup);
    return components;
  },
};

/**
 * Cluster mode (`num_node_groups` shards): each shard is a primary and its replicas.
 * Otherwise `num_cache_clusters` nodes (a primary and read replicas), one by default.
 */
function nodeCount(r: ResourceView): number {
  const replicas = r.number("replicas_per_node_group", 0);
  if (r.has("num_node_groups")) return r.number("num_node_groups", 1) * (replicas + 1);
  if (r.has("num_cache_clusters")) return r.number("num_cache_clusters", 1);
  return replicas + 1;
}
