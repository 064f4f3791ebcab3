import { equals, type AttributeMatcher } from "../../../pricing/price-query.js";
import { dec } from "../../../shared/decimal.js";
import type { CostComponent } from "../../cost-component.js";

/** Always-on hours of an RDS or Aurora instance (or Multi-AZ deployment) of one class and engine. */
export function rdsInstanceHours(name: string, region: string, instanceClass: string, databaseEngine: string, ...more: AttributeMatcher[]): CostComponent {
  return {
    name,
    unit: "hours",
    hourlyQuantity: dec(1),
    priceUnit: "Hrs",
    price: {
      service: "AmazonRDS",
      region,
      productFamily: "Database Instance",
      attributes: [equals("instanceType", instanceClass), equals("databaseEngine", databaseEngine), ...more],
    },
  };
}
