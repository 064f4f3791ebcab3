import type { PricedComponent, ProjectBreakdown, ResourceCost, ResourceStatus } from "../estimate/breakdown-types.js";
import { sum } from "../shared/decimal.js";
import { formatMoney, formatQuantity, formatUnitPrice } from "./money.js";

/** One printable row of the CLI table, cells already formatted. */
interface Row {
  name: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  monthly: string;
}

export interface BreakdownTableView {
  projects: { name: string; lines: string[]; total: string; counts: string; notPriced: string[]; problems: string[] }[];
  total: string;
  multipleProjects: boolean;
}

const HEADER: Row = { name: "Resource / component", quantity: "Monthly qty", unit: "Unit", unitPrice: "Unit price", monthly: "Monthly cost" };

/** The `costgate breakdown` table: every resource with its components, aligned columns. */
export function buildBreakdownTable(projects: ProjectBreakdown[]): BreakdownTableView {
  return {
    projects: projects.map((p) => {
      const rows = [HEADER, ...p.resources.filter((r) => r.status !== "free").flatMap(resourceRows)];
      return {
        name: p.name,
        lines: align(rows),
        total: formatMoney(p.totalMonthlyCost),
        counts: statusCounts(p.resources),
        notPriced: p.resources.filter((r) => r.status === "unknown" || r.status === "unsupported").map((r) => `${r.address}: ${r.reason ?? r.status}`),
        problems: p.diagnostics.map((d) => `${d.severity}: ${d.range ? `${d.range.file}:${d.range.start.line}: ` : ""}${d.summary}${d.detail ? `: ${d.detail}` : ""}`),
      };
    }),
    total: formatMoney(sum(projects.map((p) => p.totalMonthlyCost))),
    multipleProjects: projects.length > 1,
  };
}

/** Reasons stay out of the table (they are listed under it) so its columns stay readable. */
function resourceRows(r: ResourceCost): Row[] {
  const flags = [r.countUnknown ? "count unknown: 1 instance assumed" : "", r.status === "unsupported" || r.status === "unknown" ? r.status : ""].filter(Boolean);
  const head: Row = { name: r.address + (flags.length ? `  (${flags.join("; ")})` : ""), quantity: "", unit: "", unitPrice: "", monthly: r.monthlyCost === null ? "-" : formatMoney(r.monthlyCost) };
  return [head, ...r.components.map((c, i) => componentRow(c, i === r.components.length - 1))];
}

function componentRow(c: PricedComponent, last: boolean): Row {
  const label = `${last ? "└─" : "├─"} ${c.subresource ? `${c.subresource}: ` : ""}${c.name}`;
  const unitPrice = c.price === null ? "-" : formatUnitPrice(c.price);
  let monthly = c.monthlyCost === null ? "-" : formatMoney(c.monthlyCost);
  if (c.unknownReason) monthly = "unknown";
  else if (c.monthlyQuantity === null && c.usageBased) monthly = "depends on usage";
  return { name: ` ${label}`, quantity: c.monthlyQuantity === null ? "-" : formatQuantity(c.monthlyQuantity), unit: c.unit, unitPrice, monthly };
}

function align(rows: Row[]): string[] {
  const width = (key: keyof Row) => Math.max(...rows.map((r) => r[key].length));
  const w = { name: width("name"), quantity: width("quantity"), unit: width("unit"), unitPrice: width("unitPrice") };
  return rows.map((r) =>
    [r.name.padEnd(w.name), r.quantity.padStart(w.quantity), r.unit.padEnd(w.unit), r.unitPrice.padStart(w.unitPrice), r.monthly].join("  ").trimEnd(),
  );
}

const STATUS_ORDER: ResourceStatus[] = ["priced", "free", "unsupported", "unknown"];

function statusCounts(resources: ResourceCost[]): string {
  const count = (s: ResourceStatus) => resources.filter((r) => r.status === s).length;
  return `${resources.length} resources: ${STATUS_ORDER.map((s) => `${count(s)} ${s}`).join(", ")}`;
}
