import type { PriceQuery } from "../../../pricing/price-query.js";
import { dec } from "../../../shared/decimal.js";
import type { CostComponent } from "../../cost-component.js";
import type { UsageKey } from "../../resource-model.js";
import type { ResourceView } from "../../resource-view.js";
import { usageQuantity } from "./usage-quantity.js";

/** The usage key of everything billed per GB it processes (Infracost's name). */
export function dataProcessedUsage(what: string): Readonly<Record<string, UsageKey>> {
  return { monthly_data_processed_gb: { type: "number", description: `GB processed by the ${what} a month`, example: 100 } };
}

/** Always-on hours of `count` units (gateways, endpoints, attachments). */
export function hoursComponent(name: string, count: number, price: PriceQuery): CostComponent {
  return { name, unit: "hours", hourlyQuantity: dec(count), price, priceUnit: "Hrs" };
}

/** GB processed a month, from usage `monthly_data_processed_gb`; "depends on usage" without it. */
export function dataProcessedComponent(r: ResourceView, price: PriceQuery): CostComponent {
  return {
    name: "Data processed",
    unit: "GB",
    monthlyQuantity: usageQuantity(r.usage.number("monthly_data_processed_gb")),
    usageBased: true,
    price,
    priceUnit: "GB",
  };
}
