import type { ResourceModel } from "../resource-model.js";
import { awsDbInstance } from "./aws-db-instance.js";
import { awsEbsVolume } from "./aws-ebs-volume.js";
import { awsEip } from "./aws-eip.js";
import { awsEksCluster } from "./aws-eks-cluster.js";
import { awsInstance } from "./aws-instance.js";
import { awsAlb, awsLb } from "./aws-lb.js";
import { awsNatGateway } from "./aws-nat-gateway.js";

/** Every AWS resource type Costgate prices. Adding a type is adding a line here. */
export const AWS_MODELS: readonly ResourceModel[] = [
  awsInstance,
  awsEbsVolume,
  awsDbInstance,
  awsNatGateway,
  awsLb,
  awsAlb,
  awsEksCluster,
  awsEip,
];
