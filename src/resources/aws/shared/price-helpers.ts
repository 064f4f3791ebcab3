import { matches, type AttributeMatcher } from "../../../pricing/price-query.js";
import { isUnknownComponent, type ComponentSpec } from "../../cost-component.js";

/**
 * Matches a usagetype by its suffix whatever the region prefix: us-east-1 usually has none
 * (`BoxUsage:t3.micro`), newer services use `USE1-`, eu-west-1 is `EU-`, others `EUC1-`,
 * `APS3-`... (aws-pricing.md pitfall 1). Never build usagetypes by concatenation.
 */
export function usagetype(suffix: string): AttributeMatcher {
  return matches("usagetype", `^([A-Z]{2,4}[0-9]?-)?${escapeRegex(suffix)}$`);
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The components of one unit (an instance, a volume) multiplied by how many there are. */
export function timesCount(components: readonly ComponentSpec[], count: number): ComponentSpec[] {
  if (count === 1) return [...components];
  return components.map((c) => {
    if (isUnknownComponent(c)) return c;
    if (c.hourlyQuantity !== undefined) return { ...c, hourlyQuantity: c.hourlyQuantity?.times(count) ?? null };
    return { ...c, monthlyQuantity: c.monthlyQuantity?.times(count) ?? null };
  });
}
