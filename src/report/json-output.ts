import type { Diff, PricedComponent, ProjectBreakdown, ResourceCost } from "../estimate/breakdown-types.js";
import { sum, type Decimal } from "../shared/decimal.js";

/**
 * The CLI's `--format json` (contract version 1). Numbers are JSON numbers rounded to 10
 * decimal places: exact to far better than 1e-6, with no binary-float noise from the sums.
 */
export function breakdownJson(projects: ProjectBreakdown[]): object {
  return {
    version: 1,
    currency: "USD",
    totalMonthlyCost: num(sum(projects.map((p) => p.totalMonthlyCost))),
    projects: projects.map((p) => ({ name: p.name, path: p.path, totalMonthlyCost: num(p.totalMonthlyCost), resources: p.resources.map(resourceJson) })),
  };
}

export function diffJson(diff: Diff): object {
  return {
    version: 1,
    currency: "USD",
    pastTotalMonthlyCost: num(diff.pastTotalMonthlyCost),
    totalMonthlyCost: num(diff.totalMonthlyCost),
    diffTotalMonthlyCost: num(diff.diffTotalMonthlyCost),
    projects: diff.projects.map((p) => ({
      name: p.name,
      path: p.path,
      pastTotalMonthlyCost: num(p.pastTotalMonthlyCost),
      totalMonthlyCost: num(p.totalMonthlyCost),
      diffTotalMonthlyCost: num(p.diffTotalMonthlyCost),
      resources: (p.current?.resources ?? []).map(resourceJson),
      changes: p.changes.map((c) => ({
        address: c.address,
        type: c.type,
        change: c.change,
        pastMonthlyCost: numOrNull(c.pastMonthlyCost),
        monthlyCost: numOrNull(c.monthlyCost),
        diffMonthlyCost: num(c.diffMonthlyCost),
      })),
    })),
  };
}

function resourceJson(r: ResourceCost): object {
  return {
    address: r.address,
    type: r.type,
    region: r.region,
    status: r.status,
    monthlyCost: numOrNull(r.monthlyCost),
    reason: r.reason,
    countUnknown: r.countUnknown,
    file: r.file,
    line: r.line,
    components: r.components.map(componentJson),
  };
}

function componentJson(c: PricedComponent): object {
  return {
    name: c.name,
    subresource: c.subresource,
    unit: c.unit,
    monthlyQuantity: numOrNull(c.monthlyQuantity),
    price: numOrNull(c.price),
    monthlyCost: numOrNull(c.monthlyCost),
    usageBased: c.usageBased,
    priceSource: c.priceSource,
  };
}

function num(d: Decimal): number {
  return d.toDecimalPlaces(10).toNumber();
}

function numOrNull(d: Decimal | null): number | null {
  return d === null ? null : num(d);
}
