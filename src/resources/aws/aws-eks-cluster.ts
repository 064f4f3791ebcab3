import { dec } from "../../shared/decimal.js";
import { UnknownInput } from "../attributes.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { inExtendedSupport } from "./shared/eks-versions.js";
import { evaluationDate } from "./shared/evaluation-date.js";
import { usagetype } from "./shared/price-helpers.js";

export const awsEksCluster: ResourceModel = {
  type: "aws_eks_cluster",
  build(r) {
    const price = (suffix: string) => ({ service: "AmazonEKS", region: r.region, productFamily: "Compute", attributes: [usagetype(suffix)] });
    const components: ComponentSpec[] = [
      { name: "EKS cluster", unit: "hours", hourlyQuantity: dec(1), price: price("AmazonEKS-Hours:perCluster"), priceUnit: "Hrs" },
    ];
    const extended = extendedSupport(r);
    if (extended === true) {
      // A surcharge on top of the cluster hour, not a replacement for it.
      components.push({ name: "Extended support", unit: "hours", hourlyQuantity: dec(1), price: price("AmazonEKS-Hours:extendedSupport"), priceUnit: "Hrs" });
    } else if (typeof extended === "string") {
      components.push({ name: "Extended support", unit: "hours", unknown: extended });
    }
    return components;
  },
};

/** true when the cluster pays for extended support today, or why that is unknown. */
function extendedSupport(r: ResourceView): boolean | string {
  // support_type = "STANDARD" upgrades the cluster at the end of standard support instead.
  if (r.block("upgrade_policy")?.string("support_type") === "STANDARD") return false;
  let version: string | undefined;
  try {
    version = r.string("version");
  } catch (err) {
    if (err instanceof UnknownInput) return err.message;
    throw err;
  }
  // Without a version EKS creates the current default version, in standard support.
  if (version === undefined) return false;
  const date = evaluationDate();
  return inExtendedSupport(version, date) ?? `version "${version}" is not a Kubernetes version in Costgate's EKS release calendar`;
}
