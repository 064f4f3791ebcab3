import { dec, minus, per, tiers, times, type Curated } from "./kit.js";
import { RDS_ENGINES, rdsInstanceUsagetype } from "./rds-engines.js";
import type { CoreMeter } from "./us-east-1-core.js";

/** EC2-era meters: us-east-1 publishes them without the USE1- prefix. */
const ec2 = (productFamily: string, attributes: Record<string, string>, unit: string, price: CoreMeter["price"], note?: string): CoreMeter => ({
  service: "AmazonEC2",
  productFamily,
  attributes,
  unit,
  price,
  ...(note !== undefined && { note }),
});

const ebsVolumeType: Record<string, string> = { gp2: "General Purpose", gp3: "General Purpose", io1: "Provisioned IOPS", io2: "Provisioned IOPS", st1: "Throughput Optimized HDD", sc1: "Cold HDD", standard: "Magnetic" };
const ebsStorageUsage: Record<string, string> = { gp2: "EBS:VolumeUsage.gp2", gp3: "EBS:VolumeUsage.gp3", io1: "EBS:VolumeUsage.piops", io2: "EBS:VolumeUsage.io2", st1: "EBS:VolumeUsage.st1", sc1: "EBS:VolumeUsage.sc1", standard: "EBS:VolumeUsage" };

function ebs(): CoreMeter[] {
  const storage = Object.keys(ebsStorageUsage).map((v) =>
    // io2 storage is published per "GB-month", every other volume per "GB-Mo" (pitfall 9).
    ec2("Storage", { volumeApiName: v, volumeType: ebsVolumeType[v], usagetype: ebsStorageUsage[v] }, v === "io2" ? "GB-month" : "GB-Mo", `ebs.${v}.storage`),
  );
  const iops = (volumeApiName: string, usagetype: string, price: CoreMeter["price"], note?: string) =>
    ec2("System Operation", { volumeApiName, volumeType: ebsVolumeType[volumeApiName], usagetype }, "IOPS-Mo", price, note);
  return [
    ...storage,
    iops("io1", "EBS:VolumeP-IOPS.piops", "ebs.io1.iops_per_iops_month"),
    iops("io2", "EBS:VolumeP-IOPS.io2", "ebs.io2.iops_tier1_0_32000"),
    iops("io2", "EBS:VolumeP-IOPS.io2.tier2", "ebs.io2.iops_tier2_32001_64000", "derived for us-east-1 from the eu-west-1 tier ratio (0.7 x tier 1), per the curated file"),
    iops("io2", "EBS:VolumeP-IOPS.io2.tier3", "ebs.io2.iops_tier3_over_64000", "derived for us-east-1 from the eu-west-1 tier ratio (0.49 x tier 1), per the curated file"),
    iops("gp3", "EBS:VolumeP-IOPS.gp3", "ebs.gp3.iops_above_3000_per_iops_month"),
    ec2("System Operation", { volumeApiName: "standard", volumeType: "Magnetic", usagetype: "EBS:VolumeIOUsage" }, "IOs", (c) => tiers([0, null, per(c.num("ebs.standard.io_per_million_requests"), 1e6)]), "curated ebs.standard.io_per_million_requests / 1,000,000 (published per IO)"),
    ec2("Provisioned Throughput", { volumeApiName: "gp3", volumeType: "General Purpose", usagetype: "EBS:VolumeP-Throughput.gp3" }, "GiBps-mo", (c) => tiers([0, null, times(c.num("ebs.gp3.throughput_above_125_per_MiBps_month"), 1024)]), "curated ebs.gp3.throughput_above_125_per_MiBps_month x 1024 (published per GiBps-mo)"),
  ];
}

function network(): CoreMeter[] {
  const elb = (productFamily: string, operation: string, usagetype: string, unit: string, path: string): CoreMeter => ({ service: "AWSELB", productFamily, attributes: { usagetype, operation }, unit, price: path });
  const vpc = (productFamily: string, usagetype: string, unit: string, price: CoreMeter["price"], note?: string): CoreMeter => ({ service: "AmazonVPC", productFamily, attributes: { usagetype }, unit, price, ...(note && { note }) });
  return [
    ec2("NAT Gateway", { usagetype: "NatGateway-Hours", operation: "NatGateway" }, "Hrs", "nat_gateway.hourly"),
    ec2("NAT Gateway", { usagetype: "NatGateway-Bytes", operation: "NatGateway" }, "GB", "nat_gateway.per_gb_processed"),
    elb("Load Balancer-Application", "LoadBalancing:Application", "LoadBalancerUsage", "Hrs", "elb.application.hourly"),
    elb("Load Balancer-Application", "LoadBalancing:Application", "LCUUsage", "LCU-Hrs", "elb.application.lcu_hour"),
    elb("Load Balancer-Network", "LoadBalancing:Network", "LoadBalancerUsage", "Hrs", "elb.network.hourly"),
    elb("Load Balancer-Network", "LoadBalancing:Network", "LCUUsage", "LCU-Hrs", "elb.network.nlcu_hour"),
    elb("Load Balancer", "LoadBalancing", "LoadBalancerUsage", "Hrs", "elb.classic.hourly"),
    elb("Load Balancer", "LoadBalancing", "DataProcessing-Bytes", "GB", "elb.classic.per_gb_processed"),
    // AmazonVPC publishes public IPv4 without a product family.
    vpc("", "USE1-PublicIPv4:InUseAddress", "Hrs", "public_ipv4.hourly_in_use_or_idle"),
    vpc("", "USE1-PublicIPv4:IdleAddress", "Hrs", "public_ipv4.hourly_in_use_or_idle"),
    vpc("VpcEndpoint", "USE1-VpcEndpoint-Hours", "Hrs", "vpc_endpoint.interface_hourly_per_az"),
    vpc("VpcEndpoint", "USE1-VpcEndpoint-Bytes", "GB", (c) =>
      tiers([0, 1048576, dec(c.num("vpc_endpoint.interface_per_gb_first_1pb"))], [1048576, 5242880, dec(c.num("vpc_endpoint.interface_per_gb_next_4pb"))], [5242880, null, dec(c.num("vpc_endpoint.interface_per_gb_over_5pb"))]),
      "tiers of 1 PB / next 4 PB / over 5 PB, in GB (curated vpc_endpoint.interface_per_gb_*)",
    ),
    vpc("VpcEndpoint", "USE1-VpcEndpoint-GWLBE-Hours", "Hrs", "vpc_endpoint.gwlb_endpoint_hourly"),
    vpc("VpcEndpoint", "USE1-VpcEndpoint-GWLBE-Bytes", "GB", "vpc_endpoint.gwlb_endpoint_per_gb"),
    { service: "AmazonEKS", productFamily: "Compute", attributes: { usagetype: "USE1-AmazonEKS-Hours:perCluster" }, unit: "Hrs", price: "eks.cluster_hourly_standard_support" },
    {
      service: "AmazonEKS",
      productFamily: "Compute",
      attributes: { usagetype: "USE1-AmazonEKS-Hours:extendedSupport" },
      unit: "Hrs",
      price: (c) => tiers([0, null, minus(c.num("eks.cluster_hourly_extended_support"), c.num("eks.cluster_hourly_standard_support"))]),
      note: "surcharge on top of perCluster: curated eks.cluster_hourly_extended_support (total) minus cluster_hourly_standard_support",
    },
  ];
}

function cpuCredits(): CoreMeter[] {
  return ["t2", "t3", "t3a"].map((family) => ec2("CPU Credits", { operatingSystem: "Linux", usagetype: `CPUCredits:${family}` }, "vCPU-Hours", "ec2.cpu_credits_unlimited_per_vcpu_hour.t2/t3/t3a linux"));
}

/** Classes the curated file says infracost's 2026 goldens re-confirmed; the rest come from the 2021 table. */
function rds(): CoreMeter[] {
  const instance = (engineKey: string, instanceType: string, deploymentOption: string, price: CoreMeter["price"], note?: string): CoreMeter => {
    const { multiAzIsDouble: _, ...engine } = RDS_ENGINES[engineKey];
    return { service: "AmazonRDS", productFamily: "Database Instance", attributes: { instanceType, ...engine, deploymentOption, usagetype: rdsInstanceUsagetype(deploymentOption, instanceType) }, unit: "Hrs", price, ...(note && { note }) };
  };
  const fromRule = (pattern: RegExp) => (c: Curated) => tiers([0, null, multiAzRuleValue(pattern, c.text("rds.multi_az_rule"))]);
  return [
    instance("mysql", "db.t3.large", "Single-AZ", "rds.instance_hourly_single_az.mysql.db\\.t3\\.large"),
    instance("postgres", "db.t3.large", "Single-AZ", "rds.instance_hourly_single_az.postgres.db\\.t3\\.large"),
    instance("mysql", "db.m5.large", "Single-AZ", "rds.instance_hourly_single_az.mysql.db\\.m5\\.large"),
    instance("mysql", "db.t4g.small", "Single-AZ", "rds.instance_hourly_single_az.mysql.db\\.t4g\\.small"),
    instance("mysql", "db.t3.large", "Multi-AZ", fromRule(/db\.t3\.large mysql Multi-AZ ([\d.]+)/), "stated in curated rds.multi_az_rule"),
    instance("mysql", "db.t4g.small", "Multi-AZ", fromRule(/db\.t4g\.small Multi-AZ ([\d.]+)/), "stated in curated rds.multi_az_rule"),
    ...["aurora-mysql"].flatMap((engine) =>
      ["db.t3.small", "db.t3.medium", "db.t3.large", "db.r4.large"].map((c) => instance(engine, c, "Single-AZ", `aurora.instance_hourly.aurora-mysql.${c.replaceAll(".", "\\.")}`)),
    ),
  ];
}

/** The Multi-AZ figures that exist only in the prose of `rds.multi_az_rule`. */
function multiAzRuleValue(pattern: RegExp, rule: string): string {
  const m = pattern.exec(rule);
  if (!m) throw new Error(`curated rds.multi_az_rule no longer states ${pattern}`);
  return dec(m[1]);
}

export function coreComputeMeters(): CoreMeter[] {
  return [...ebs(), ...network(), ...cpuCredits(), ...rds()];
}
