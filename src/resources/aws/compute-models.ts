import type { ResourceModel } from "../resource-model.js";
import { awsAutoscalingGroup } from "./aws-autoscaling-group.js";
import { awsEbsSnapshot, awsEbsSnapshotCopy } from "./aws-ebs-snapshot.js";
import { awsEbsVolume } from "./aws-ebs-volume.js";
import { awsEc2TransitGatewayVpcAttachment } from "./aws-ec2-transit-gateway-vpc-attachment.js";
import { awsEcsService } from "./aws-ecs-service.js";
import { awsEip } from "./aws-eip.js";
import { awsEksCluster } from "./aws-eks-cluster.js";
import { awsEksFargateProfile } from "./aws-eks-fargate-profile.js";
import { awsEksNodeGroup } from "./aws-eks-node-group.js";
import { awsElb } from "./aws-elb.js";
import { awsInstance } from "./aws-instance.js";
import { awsAlb, awsLb } from "./aws-lb.js";
import { awsNatGateway } from "./aws-nat-gateway.js";
import { awsNetworkfirewallFirewall } from "./aws-networkfirewall-firewall.js";
import { awsVpcEndpoint, awsVpcEndpointSubnetAssociation } from "./aws-vpc-endpoint.js";

/** Compute, containers and networking. */
export const COMPUTE_MODELS: readonly ResourceModel[] = [
  // EC2 and its storage
  awsInstance,
  awsAutoscalingGroup,
  awsEbsVolume,
  awsEbsSnapshot,
  awsEbsSnapshotCopy,
  // Containers
  awsEksCluster,
  awsEksNodeGroup,
  awsEksFargateProfile,
  awsEcsService,
  // Networking
  awsEip,
  awsNatGateway,
  awsLb,
  awsAlb,
  awsElb,
  awsVpcEndpoint,
  awsVpcEndpointSubnetAssociation,
  awsEc2TransitGatewayVpcAttachment,
  awsNetworkfirewallFirewall,
];
