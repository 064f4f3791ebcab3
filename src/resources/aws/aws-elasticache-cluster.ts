import { UnknownInput } from "../attributes.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import { SNAPSHOT_USAGE, cacheBackupComponent, cacheEngine, cacheNodesComponent } from "./shared/elasticache.js";

export const awsElasticacheCluster: ResourceModel = {
  type: "aws_elasticache_cluster",
  usage: SNAPSHOT_USAGE,
  build(r) {
    // A member of a replication group is billed as one of the group's nodes.
    if (r.has("replication_group_id")) return [];
    const engineName = r.string("engine");
    if (engineName === undefined) throw new UnknownInput("engine", "not set (and no replication_group_id)");
    const engine = cacheEngine(engineName);
    const nodeType = r.string("node_type");
    if (nodeType === undefined) throw new UnknownInput("node_type", "not set");
    const components: ComponentSpec[] = [cacheNodesComponent(r.region, engine, nodeType, r.number("num_cache_nodes", 1))];
    const backup = cacheBackupComponent(r, engine);
    if (backup) components.push(backup);
    return components;
  },
};
