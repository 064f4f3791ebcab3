/**
 * Burstable (T) instances. In unlimited mode, CPU use above the baseline is billed as
 * surplus credits per vCPU-hour (AmazonEC2 `CPU Credits`, usagetype `CPUCredits:<family>`).
 * vCPU counts from the EC2 instance type table (AWS "Burstable performance instances").
 */
const T2_VCPUS = { nano: 1, micro: 1, small: 1, medium: 2, large: 2, xlarge: 4, "2xlarge": 8 };
const T3_VCPUS = { nano: 2, micro: 2, small: 2, medium: 2, large: 2, xlarge: 4, "2xlarge": 8 };

const FAMILIES: Readonly<Record<string, { vcpus: Readonly<Record<string, number>>; defaultCredits: "standard" | "unlimited" }>> = {
  // T2 launches in standard mode unless told otherwise; T3, T3a and T4g in unlimited mode.
  t2: { vcpus: T2_VCPUS, defaultCredits: "standard" },
  t3: { vcpus: T3_VCPUS, defaultCredits: "unlimited" },
  t3a: { vcpus: T3_VCPUS, defaultCredits: "unlimited" },
  t4g: { vcpus: T3_VCPUS, defaultCredits: "unlimited" },
};

export interface Burstable {
  /** `t3`, the suffix of the `CPUCredits:<family>` usagetype. */
  family: string;
  /** undefined for a size missing from the table (the usage key `vcpu_count` then tells). */
  vcpus: number | undefined;
  /** Whether surplus credits are billed: `cpu_credits`, else the family's launch default. */
  unlimited: boolean;
}

/** The burstable facts of an instance type, or undefined when it is not a T2/T3/T3a/T4g type. */
export function burstable(instanceType: string, cpuCredits: string | undefined): Burstable | undefined {
  const [family = "", size = ""] = instanceType.split(".");
  const facts = FAMILIES[family];
  if (!facts) return undefined;
  return { family, vcpus: facts.vcpus[size], unlimited: (cpuCredits ?? facts.defaultCredits) === "unlimited" };
}
