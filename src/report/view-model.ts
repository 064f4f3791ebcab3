import type { Diff, PricedComponent, ProjectBreakdown, ProjectDiff, ProjectFailure, ResourceCost } from "../estimate/breakdown-types.js";
import { describePriceSource, type PriceSource } from "../pricing/price.js";
import { Decimal, ZERO } from "../shared/decimal.js";
import { mdCode, mdText } from "./markdown.js";
import { formatMoney, formatPercent, formatQuantity, formatUnitPrice } from "./money.js";

export interface ReportInput {
  diff: Diff;
  /** The commit the report describes. */
  headSha?: string;
  failures?: ProjectFailure[];
}

export interface ReportView {
  headline: string;
  direction: "increase" | "decrease" | "none";
  projects: { name: string; before: string; after: string; change: string }[];
  total: { before: string; after: string; change: string };
  multipleProjects: boolean;
  changes: { resource: string; kind: string; change: string; note: string }[];
  details: { project: string; resources: DetailResource[] }[];
  notPriced: { resource: string; status: string; reason: string }[];
  unsupportedTypes: { type: string; count: number }[];
  notPricedCount: number;
  usageBasedCount: number;
  problems: { project: string; message: string }[];
  sources: string;
  commit: string | null;
}

interface DetailResource {
  resource: string;
  monthly: string;
  note: string;
  components: { name: string; quantity: string; unit: string; unitPrice: string; monthly: string }[];
}

/** Every priced, unknown or unsupported resource at head, per project: the check run's full listing. */
export function buildFullListing(heads: ProjectBreakdown[]): { project: string; resources: DetailResource[] }[] {
  return heads.map((b) => ({ project: mdText(b.name), resources: b.resources.filter((r) => r.status !== "free").map(detailOf) }));
}

/** Everything the templates print, computed once, in a stable order (same input, same bytes). */
export function buildReportView(input: ReportInput): ReportView {
  const { diff } = input;
  const heads = diff.projects.map((p) => p.current).filter((b) => b !== null);
  const atHead = heads.flatMap((b) => b.resources);
  const notPriced = atHead.filter((r) => r.status === "unknown");
  const unsupported = countBy(atHead.filter((r) => r.status === "unsupported").map((r) => r.type));
  const changedCosts = diff.projects.flatMap((p) => p.changes.map((c) => findResource(p, c.address, c.change === "removed")).filter((r) => r !== undefined));
  return {
    ...headline(diff.diffTotalMonthlyCost, diff.pastTotalMonthlyCost, diff.projects.length, input.failures?.length ?? 0),
    projects: diff.projects.map((p) => ({ name: mdText(p.name), ...totals(p.pastTotalMonthlyCost, p.totalMonthlyCost, p.diffTotalMonthlyCost) })),
    total: totals(diff.pastTotalMonthlyCost, diff.totalMonthlyCost, diff.diffTotalMonthlyCost),
    multipleProjects: diff.projects.length > 1,
    changes: diff.projects.flatMap((p) =>
      p.changes.map((c) => ({
        resource: mdCode(c.address),
        kind: c.change,
        change: c.status === "unknown" || c.status === "unsupported" ? `${formatMoney(c.diffMonthlyCost, { sign: true })} (${c.status})` : formatMoney(c.diffMonthlyCost, { sign: true }),
        note: noteFor(findResource(p, c.address, c.change === "removed")),
      })),
    ),
    details: diff.projects
      .map((p) => ({ project: mdText(p.name), resources: p.changes.map((c) => findResource(p, c.address, c.change === "removed")).filter((r) => r !== undefined).map(detailOf) }))
      .filter((d) => d.resources.length > 0),
    notPriced: notPriced.map((r) => ({ resource: mdCode(r.address), status: r.status, reason: mdText(r.reason ?? "") })),
    unsupportedTypes: unsupported,
    notPricedCount: notPriced.length + unsupported.reduce((n, u) => n + u.count, 0),
    usageBasedCount: changedCosts.flatMap((r) => r.components).filter((c) => c.usageBased && c.monthlyQuantity === null).length,
    problems: (input.failures ?? []).map((f) => ({ project: mdText(f.project), message: mdText(f.message) })),
    sources: describeSources(heads.flatMap((b) => b.priceSources)),
    commit: input.headSha ? input.headSha.slice(0, 7) : null,
  };
}

function headline(change: Decimal, past: Decimal, estimated: number, failed: number): Pick<ReportView, "headline" | "direction"> {
  if (failed > 0 && estimated === 0) return { headline: `Costgate could not estimate this change (${plural(failed, "project")} failed)`, direction: "none" };
  const failedNote = failed > 0 ? `; ${plural(failed, "project")} could not be estimated` : "";
  if (change.toDecimalPlaces(2).isZero()) return { headline: `Monthly cost will not change${failedNote}`, direction: "none" };
  const percent = formatPercent(change, past);
  const amount = formatMoney(change.abs());
  const verb = change.isPositive() ? "increase" : "decrease";
  return { headline: `Monthly cost will ${verb} by ${amount}${percent ? ` (${percent})` : ""}${failedNote}`, direction: verb };
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function totals(before: Decimal, after: Decimal, change: Decimal) {
  const percent = formatPercent(change, before);
  return { before: formatMoney(before), after: formatMoney(after), change: `${formatMoney(change, { sign: true })}${percent && !change.isZero() ? ` (${percent})` : ""}` };
}

function findResource(p: ProjectDiff, address: string, removed: boolean): ResourceCost | undefined {
  return (removed ? p.past : p.current)?.resources.find((r) => r.address === address);
}

function noteFor(r: ResourceCost | undefined): string {
  if (!r) return "";
  const notes = [];
  if (r.countUnknown) notes.push("count unknown: 1 instance assumed");
  if (r.status === "unknown" || r.status === "unsupported") notes.push(r.reason ?? r.status);
  return mdText(notes.join("; "));
}

function detailOf(r: ResourceCost): DetailResource {
  return {
    resource: mdCode(r.address),
    monthly: r.monthlyCost === null ? "unknown" : formatMoney(r.monthlyCost),
    note: noteFor(r),
    components: r.components.map(componentRow),
  };
}

function componentRow(c: PricedComponent) {
  const name = mdText(c.subresource ? `${c.subresource}: ${c.name}` : c.name);
  const unitPrice = c.price === null ? "unknown" : formatUnitPrice(c.price);
  let monthly: string;
  if (c.unknownReason !== null) monthly = `unknown: ${mdText(c.unknownReason)}`;
  else if (c.monthlyQuantity === null) monthly = c.usageBased ? `depends on usage: ${unitPrice} per ${mdText(c.unit)}` : "unknown";
  else monthly = formatMoney(c.monthlyCost ?? ZERO);
  return { name, quantity: c.monthlyQuantity === null ? "-" : formatQuantity(c.monthlyQuantity), unit: mdText(c.unit), unitPrice, monthly };
}


function describeSources(sources: PriceSource[]): string {
  const labels = [...new Set(sources.map(describePriceSource))].sort();
  return labels.length > 0 ? labels.join(", ") : "no prices needed";
}

function countBy(values: string[]): { type: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, count]) => ({ type: mdCode(type), count }));
}
