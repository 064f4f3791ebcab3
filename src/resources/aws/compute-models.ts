import type { ResourceModel } from "../resource-model.js";
import { awsEbsVolume } from "./aws-ebs-volume.js";
import { awsEip } from "./aws-eip.js";
import { awsEksCluster } from "./aws-eks-cluster.js";
import { awsInstance } from "./aws-instance.js";
import { awsAlb, awsLb } from "./aws-lb.js";
import { awsNatGateway } from "./aws-nat-gateway.js";

/** Compute, containers and networking. */
export const COMPUTE_MODELS: readonly ResourceModel[] = [awsInstance, awsEbsVolume, awsNatGateway, awsLb, awsAlb, awsEksCluster, awsEip];
