import { contains, equals } from "../../pricing/price-query.js";
import { dec } from "../../shared/decimal.js";
import type { ComponentSpec, CostComponent } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import { searchStorageComponents } from "./shared/search-storage.js";

/** The provider's default data node type. */
const DEFAULT_INSTANCE_TYPE = "m4.large.search";
/** AWS requires three (or five) dedicated master nodes; three is the common choice. */
const DEFAULT_MASTER_COUNT = 3;

export const awsOpensearchDomain: ResourceModel = {
  type: "aws_opensearch_domain",
  build(r) {
    const cluster = r.block("cluster_config");
    const instanceCount = cluster?.number("instance_count", 1) ?? 1;
    const instances = (label: string, type: string, count: number): CostComponent => {
      // Elasticsearch domains name types `m5.large.elasticsearch`; the Price List says `m5.large.search`.
      const instanceType = type.replace(/\.elasticsearch$/, ".search");
      return {
        name: `${label} (on-demand, ${instanceType}${count === 1 ? "" : ` x ${count}`})`,
        unit: "hours",
        hourlyQuantity: dec(count),
        priceUnit: "Hrs",
        price: {
          service: "AmazonES",
          region: r.region,
          productFamily: "Amazon OpenSearch Service Instance",
          attributes: [equals("instanceType", instanceType), contains("usagetype", "ESInstance:")],
        },
      };
    };
    const components: ComponentSpec[] = [instances("Instance", cluster?.string("instance_type") ?? DEFAULT_INSTANCE_TYPE, instanceCount)];
    if (cluster?.bool("dedicated_master_enabled", false)) {
      const masterType = cluster.string("dedicated_master_type") ?? cluster.string("instance_type") ?? DEFAULT_INSTANCE_TYPE;
      components.push(instances("Dedicated master", masterType, cluster.number("dedicated_master_count", DEFAULT_MASTER_COUNT)));
    }
    if (cluster?.bool("warm_enabled", false)) {
      const warmType = cluster.string("warm_type");
      const warmCount = cluster.number("warm_count");
      components.push(
        warmType === undefined || warmCount === undefined
          ? { name: "UltraWarm instance", unit: "hours", unknown: "warm_type and warm_count are needed with warm_enabled" }
          : instances("UltraWarm instance", warmType, warmCount),
      );
    }
    const ebs = r.block("ebs_options");
    if (ebs?.bool("ebs_enabled", false)) components.push(...searchStorageComponents(r.region, ebs, instanceCount));
    return components;
  },
};

/** The legacy resource: same service, same prices. */
export const awsElasticsearchDomain: ResourceModel = { ...awsOpensearchDomain, type: "aws_elasticsearch_domain" };
