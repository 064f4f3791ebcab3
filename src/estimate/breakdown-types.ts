import type { Decimal } from "../shared/decimal.js";
import type { PriceSource } from "../pricing/price.js";
import type { Diagnostic } from "../terraform/diagnostic.js";

export type ResourceStatus = "priced" | "free" | "unsupported" | "unknown";

export interface PricedComponent {
  name: string;
  subresource: string | null;
  unit: string;
  /** null: usage-based without usage, or the quantity is unknown. */
  monthlyQuantity: Decimal | null;
  /** Price per display unit (the first billed tier when tiered); null when unknown. */
  price: Decimal | null;
  monthlyCost: Decimal | null;
  usageBased: boolean;
  /** Where the price came from ("bundled snapshot (2026-07-20)"), "" when none was found. */
  priceSource: string;
  /** Why this component has no cost, when it should have one. */
  unknownReason: string | null;
}

export interface ResourceCost {
  address: string;
  type: string;
  region: string | null;
  file: string;
  line: number;
  status: ResourceStatus;
  /** Why a resource is unsupported or unknown. */
  reason: string | null;
  /** Sum of the components that could be priced; null when none could. Free resources cost 0. */
  monthlyCost: Decimal | null;
  countUnknown: boolean;
  components: PricedComponent[];
}

export interface ProjectBreakdown {
  name: string;
  path: string;
  totalMonthlyCost: Decimal;
  resources: ResourceCost[];
  /** Problems in the configuration or usage file; errors mean the estimate is incomplete. */
  diagnostics: Diagnostic[];
  /** Every distinct price source used, for the report footer. */
  priceSources: PriceSource[];
}

export type ChangeKind = "added" | "removed" | "changed";

export interface ResourceChange {
  address: string;
  type: string;
  change: ChangeKind;
  pastMonthlyCost: Decimal | null;
  monthlyCost: Decimal | null;
  diffMonthlyCost: Decimal;
  /** Where the resource is at head (or at base when removed). */
  file: string;
  line: number;
  /** Present on both sides but not priced (unknown or unsupported) on one of them. */
  status: ResourceStatus;
}

export interface ProjectDiff {
  name: string;
  path: string;
  past: ProjectBreakdown | null;
  current: ProjectBreakdown | null;
  pastTotalMonthlyCost: Decimal;
  totalMonthlyCost: Decimal;
  diffTotalMonthlyCost: Decimal;
  changes: ResourceChange[];
}

export interface Diff {
  projects: ProjectDiff[];
  pastTotalMonthlyCost: Decimal;
  totalMonthlyCost: Decimal;
  diffTotalMonthlyCost: Decimal;
}

/** A project that could not be estimated on one side, and why (file and line included). */
export interface ProjectFailure {
  project: string;
  message: string;
}
