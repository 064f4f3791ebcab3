import { dec } from "../../shared/decimal.js";
import type { ResourceModel } from "../resource-model.js";
import { usagetype } from "./shared/price-helpers.js";

export const awsEksCluster: ResourceModel = {
  type: "aws_eks_cluster",
  build(r) {
    return [
      {
        name: "EKS cluster",
        unit: "hours",
        hourlyQuantity: dec(1),
        price: { service: "AmazonEKS", region: r.region, productFamily: "Compute", attributes: [usagetype("AmazonEKS-Hours:perCluster")] },
      },
    ];
  },
};
